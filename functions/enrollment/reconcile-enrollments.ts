import { reconcileEnrollments } from '#shared/enrollment/reconciliation-job';
import { scheduledJob } from '#shared/platform/scheduled-job';

/** The enrollment reconciler, on its schedule (EventBridge Scheduler; the local scheduler). */
export const handler = scheduledJob('reconcileEnrollments', async (event: { afterRestart?: boolean } | undefined) =>
  reconcileEnrollments({ afterRestart: event?.afterRestart === true }),
);
