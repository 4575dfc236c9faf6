import { transitionEnrollment } from '#shared/enrollment/store';
import { ExecutionFields, loadEnrollment } from '#shared/enrollment/workflow-context';
import { workflowTask } from '#shared/platform/workflow-task';

/** The agreement is still unsigned after another 7 days: count the reminder and tell the organization. */
export const handler = workflowTask('SendSignatureReminder', ExecutionFields, async (input) => {
  const { enrollment } = await loadEnrollment(input.organizationId);
  const count = (enrollment.signatureReminders ?? 0) + 1;
  await transitionEnrollment({
    organizationId: input.organizationId,
    move: 'remindSignature',
    change: { set: { signatureReminders: count }, remove: ['waiting'] },
    event: { type: 'AgreementSignatureReminder', payload: { enrollmentId: input.enrollmentId, reminder: count } },
    correlationId: input.correlationId,
  });
  return { count };
});
