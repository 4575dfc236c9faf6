import { recordOnEnrollment, transitionEnrollment } from '#shared/enrollment/store';
import { isWebmailAddress } from '#shared/enrollment/webmail';
import { checkResult, ExecutionFields, loadEnrollment } from '#shared/enrollment/workflow-context';
import { workflowTask } from '#shared/platform/workflow-task';

/**
 * EmailDomain: the webmail rule again, on the address that was verified. A webmail address ends the
 * enrollment (Rejected, and the contact is told why). Safe to retry: a recorded result is answered again.
 */
export const handler = workflowTask('CheckEmailDomain', ExecutionFields, async (input) => {
  const { enrollment } = await loadEnrollment(input.organizationId);
  if (enrollment.state === 'Rejected') return { outcome: 'Rejected' };
  if (enrollment.checks?.emailDomain) return { outcome: enrollment.checks.emailDomain.status };
  const email = enrollment.primaryContact!.email;
  if (isWebmailAddress(email)) {
    await transitionEnrollment({
      organizationId: input.organizationId,
      move: 'rejectEmailDomain',
      change: { set: { checks: { ...enrollment.checks, emailDomain: checkResult('Rejected', 'webmail address') } } },
      event: { type: 'EnrollmentRejected', payload: { enrollmentId: input.enrollmentId, reason: 'EmailDomain' } },
      correlationId: input.correlationId,
    });
    return { outcome: 'Rejected' };
  }
  await recordOnEnrollment(input.organizationId, 'recordCheck', {
    checks: { ...enrollment.checks, emailDomain: checkResult('Passed') },
  });
  return { outcome: 'Passed' };
});
