import { reevaluateDueDirectBillPartners } from '#shared/direct-bill/reevaluation-job';
import { scheduledJob } from '#shared/platform/scheduled-job';

/** The annual direct-bill re-evaluation, on its schedule (EventBridge Scheduler; the local scheduler). */
export const handler = scheduledJob('reevaluateDirectBill', async () => reevaluateDueDirectBillPartners());
