import { reviewBusinessDays } from '#shared/enrollment/rules';
import { ExecutionFields, loadEnrollment } from '#shared/enrollment/workflow-context';
import { addBusinessDays } from '#shared/platform/calendar';
import { clock } from '#shared/platform/clock';
import { workflowTask } from '#shared/platform/workflow-task';

/**
 * How long the review may take before it is delayed: 5 business days where the organization is, its country
 * and, when its legal address names one, its region (a state's or province's own holidays count too).
 */
export const handler = workflowTask('ScheduleReview', ExecutionFields, async (input) => {
  const { enrollment, organization } = await loadEnrollment(input.organizationId);
  const now = clock.now();
  const region = enrollment.legalProfile?.address.region;
  const due = addBusinessDays(now, reviewBusinessDays, { country: organization.country, region });
  return { timeoutSeconds: Math.max(1, Math.round((due.getTime() - now.getTime()) / 1000)), dueAt: due.toISOString() };
});
