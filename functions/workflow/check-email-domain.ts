import { z } from 'zod';
import { getEnrollmentRecord, transitionEnrollment } from '../../shared/data/enrollments';
import { isWebmailAddress } from '../../shared/domain/webmail';
import { workflowTask } from '../../shared/workflow/task';

const Input = z.object({ organizationId: z.string(), enrollmentId: z.string(), correlationId: z.string().optional() });

/**
 * EmailDomain: the webmail rule again, on the address that was verified. Safe to retry: a state already
 * moved on answers the outcome it recorded.
 */
export const handler = workflowTask('CheckEmailDomain', Input, async (input) => {
  const enrollment = await getEnrollmentRecord(input.organizationId, true);
  if (!enrollment) throw new Error(`enrollment of ${input.organizationId} not found`);
  if (enrollment.state === 'UnderReview' || enrollment.state === 'Rejected') return { outcome: enrollment.state };
  const webmail = isWebmailAddress(enrollment.primaryContact.email);
  const to = webmail ? 'Rejected' : 'UnderReview';
  await transitionEnrollment({
    organizationId: input.organizationId,
    from: 'EmailVerified',
    to,
    event: webmail
      ? { type: 'EnrollmentRejected', payload: { enrollmentId: input.enrollmentId, reason: 'EmailDomain' } }
      : { type: 'EnrollmentUnderReview', payload: { enrollmentId: input.enrollmentId } },
    correlationId: input.correlationId,
  });
  return { outcome: to };
});
