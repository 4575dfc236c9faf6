import { endStates, enrollmentStates, resumePointOf, stateOnResume } from '#shared/enrollment/rules';
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
  /** Failed timelines resumed without a person (a step that failed may have met a passing outage). */
  resumed: string[];
}

/** A failed timeline is resumed automatically after 5 min, then 10, 20... up to its 8th execution (about a day). */
const maxAutomaticAttempts = 8;
const failedWaitMs = (attempt: number) => graceMs * 2 ** Math.max(0, attempt - 1);

/**
 * The reconciler: no enrollment stays stuck because its workflow execution was lost or failed. It pages
 * through the enrollments of every running state (gsi2), asks Step Functions about each one's current
 * execution, and resumes the missing or failed ones from their stored state in a new execution. Two
 * reconcilers at once restart an enrollment once: the resume is conditional on the execution it replaces.
 */
export async function reconcileEnrollments(options: { afterRestart?: boolean } = {}): Promise<ReconcileSummary> {
  const log = logger.child({ job: 'reconcileEnrollments' });
  // after a restart of the local stack every execution of the last run is gone: no grace needed
  const cutoff = new Date(clock.now().getTime() - (options.afterRestart ? 0 : graceMs)).toISOString();
  const summary: ReconcileSummary = { examined: 0, restarted: [], resumed: [] };
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
  await resumeFailed(summary, log);
  log.info('reconciled', {
    examined: summary.examined,
    restarted: summary.restarted.length,
    resumed: summary.resumed.length,
  });
  return summary;
}

/**
 * Timelines that stopped in `Failed` (a step failed after its own retries) are resumed where they stopped, as
 * their owner could, with a growing wait between tries; after the 8th execution they wait for a person.
 */
async function resumeFailed(summary: ReconcileSummary, log: typeof logger): Promise<void> {
  const now = clock.now().getTime();
  let cursor: Record<string, unknown> | undefined;
  do {
    const page = await listEnrollmentsInState('Failed', { cursor });
    cursor = page.cursor;
    for (const record of page.items) {
      summary.examined += 1;
      if (record.attempt >= maxAutomaticAttempts) continue;
      if (now - Date.parse(record.updatedAt) < failedWaitMs(record.attempt)) continue;
      const point = resumePointOf(record.stoppedIn ?? 'EmailVerificationPending') ?? 'EmailOwnership';
      try {
        await resumeEnrollmentRecord(record, stateOnResume(point), point, `reconcile-${record.enrollmentId}`);
        summary.resumed.push(record.enrollmentId);
        log.warn('failed enrollment resumed', { enrollmentId: record.enrollmentId, attempt: record.attempt + 1 });
      } catch (error) {
        if (!(error instanceof ConflictError)) throw error;
      }
    }
  } while (cursor);
}
