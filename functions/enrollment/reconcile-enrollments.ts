import middy from '@middy/core';
import { reconcileEnrollments } from '#shared/enrollment/reconciliation-job';

/** The enrollment reconciler, on its schedule (EventBridge Scheduler; the local scheduler). */
export const handler = middy<{ afterRestart?: boolean } | undefined>().handler(async (event) =>
  reconcileEnrollments({ afterRestart: event?.afterRestart === true }),
);
