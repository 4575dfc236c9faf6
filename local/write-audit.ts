import { db } from '#shared/platform/table';
import { apiRequestScope } from './request-scope';

/**
 * Local-only: notes every table write an API handler sends (the command, and for a transaction its size), so
 * the suite can check that each operation makes its change in one transaction (test/integration/zz-*.test.ts).
 */
const writeCommand = /^(Put|Update|Delete|TransactWrite|BatchWrite)/;

db.middlewareStack.add(
  (next, context) => async (args) => {
    const scope = apiRequestScope.getStore();
    const input = args.input as { TransactItems?: unknown[]; Key?: { pk?: string }; Item?: { pk?: string } };
    // storing an idempotent response after the change is not part of the change (docs/reliability.md)
    const storesResponse = String(input.Key?.pk ?? input.Item?.pk ?? '').startsWith('IDEMPOTENCY#');
    if (scope && writeCommand.test(context.commandName ?? '') && !storesResponse) {
      const what = input.TransactItems
        ? `${context.commandName}(${input.TransactItems.length})`
        : `${context.commandName} ${String(input.Key?.pk ?? '').split('#')[0]}`;
      scope.writes.push(what);
    }
    return next(args);
  },
  { step: 'initialize', name: 'localWriteAudit' },
);
