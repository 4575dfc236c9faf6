import middy from '@middy/core';
import { logger } from '#shared/platform/logger';
import { businessMetrics, count, observed } from '#shared/platform/observability';

/**
 * A scheduled job's handler (EventBridge Scheduler; the local scheduler): observed like every handler, each
 * run counted (JobRuns) and each failure counted (JobFailures, which an alarm watches) and logged with the
 * job's name before it propagates, so the scheduler's retry policy still applies.
 */
export function scheduledJob<E, R>(name: string, run: (event: E) => Promise<R>) {
  return middy<E, R>()
    .use(observed<E, R>())
    .handler(async (event) => {
      try {
        const result = await run(event);
        count(businessMetrics.jobRuns);
        return result;
      } catch (error) {
        count(businessMetrics.jobFailures);
        logger.error('job failed', { job: name, error });
        throw error;
      }
    });
}
