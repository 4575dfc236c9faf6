import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Vitest's order, except that the write audit runs last: it reads what every other file made the stack do. */
export default class AuditLast extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const isAudit = (file: TestSpecification) => file.moduleId.endsWith('one-transaction.audit.test.ts');
    return [...sorted.filter((f) => !isAudit(f)), ...sorted.filter(isAudit)];
  }
}
