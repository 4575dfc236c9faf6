import middy from '@middy/core';
import { reevaluateDueDirectBillPartners } from '#shared/direct-bill/reevaluation-job';

/** The annual direct-bill re-evaluation, on its schedule (EventBridge Scheduler; the local scheduler). */
export const handler = middy().handler(async () => reevaluateDueDirectBillPartners());
