import { reviewBusinessDays } from '#shared/enrollment/rules';
import { ExecutionFields, loadEnrollment } from '#shared/enrollment/workflow-context';
import { addBusinessDays } from '#shared/platform/calendar';
import { clock } from '#shared/platform/clock';
import { workflowTask } from '#shared/platform/workflow-task';

/** How long the review may take before it is delayed: 5 business days in the organization's country. */
export const handler = workflowTask('ScheduleReview', ExecutionFields, async (input) => {
  const { organization } = await loadEnrollment(input.organizationId);
  const now = clock.now();
  const due = addBusinessDays(now, reviewBusinessDays, organization.country);
  return { timeoutSeconds: Math.max(1, Math.round((due.getTime() - now.getTime()) / 1000)), dueAt: due.toISOString() };
});
