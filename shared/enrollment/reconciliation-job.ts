import { endStates, enrollmentStates, resumePointOf } from '#shared/enrollment/rules';
import { listEnrollmentsInState, resumeEnrollmentRecord } from '#shared/enrollment/store';
import { executionStatus } from '#shared/platform/aws/executions';
import { clock } from '#shared/platform/clock';
import { ConflictError } from '#shared/platform/errors';
import { logger } from '#shared/platform/logger';

/** An execution younger than this may still be on its way (the outbox starts it): leave it alone. */
const graceMs = 5 * 60 * 1000;
const running = enrollmentStates.filter((state) => !endStates.includes(state));

export interface ReconcileSummary {
  examined: number;
  restarted: string[];
}

/**
 * The reconciler: no enrollment stays stuck because its workflow execution was lost or failed. It pages
 * through the enrollments of every running state (gsi2), asks Step Functions about each one's current
 * execution, and resumes the missing or failed ones from their stored state in a new execution. Two
 * reconcilers at once restart an enrollment once: the resume is conditional on the execution it replaces.
 */
export async function reconcileEnrollments(): Promise<ReconcileSummary> {
  const log = logger.child({ job: 'reconcileEnrollments' });
  const cutoff = new Date(clock.now().getTime() - graceMs).toISOString();
  const summary: ReconcileSummary = { examined: 0, restarted: [] };
  for (const state of running) {
    let cursor: Record<string, unknown> | undefined;
    do {
      const page = await listEnrollmentsInState(state, { cursor });
      cursor = page.cursor;
      for (const record of page.items) {
        summary.examined += 1;
        if (record.updatedAt > cutoff) continue;
        const status = await executionStatus(record.executionName);
        if (status === 'RUNNING' || status === 'SUCCEEDED') continue;
        try {
          await resumeEnrollmentRecord(
            record,
            record.state,
            resumePointOf(record.state)!,
            `reconcile-${record.enrollmentId}`,
          );
          summary.restarted.push(record.enrollmentId);
          log.warn('enrollment workflow restarted', {
            enrollmentId: record.enrollmentId,
            state: record.state,
            previous: record.executionName,
            status,
          });
        } catch (error) {
          if (!(error instanceof ConflictError)) throw error; // someone else moved it on meanwhile
        }
      }
    } while (cursor);
  }
  log.info('reconciled', { examined: summary.examined, restarted: summary.restarted.length });
  return summary;
}
