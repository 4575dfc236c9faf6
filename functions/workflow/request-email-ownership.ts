import { sendEmail } from '../../shared/aws/email';
import { clock } from '../../shared/clock';
import { hashToken, newSecretToken } from '../../shared/crypto';
import { awaitEmailOwnership } from '../../shared/data/email-verification';
import { emailVerificationValidityDays } from '../../shared/domain/enrollment';
import { formatDate } from '../../shared/email/catalog';
import { renderEmail } from '../../shared/email/render';
import { publicLink } from '../../shared/links';
import { ExecutionFields, loadEnrollment } from '../../shared/workflow/context';
import { workflowTask } from '../../shared/workflow/task';

const Input = ExecutionFields.extend({ taskToken: ExecutionFields.shape.organizationId });

/**
 * First step of the timeline (a `.waitForTaskToken` task): mints a 256-bit token, stores only its hash with
 * the task token, and emails the link. The email carrying the secret is sent here, by the step that mints
 * it, so the secret never rests in the table, not even in the outbox. The step then waits until
 * confirmEmailVerification resumes it, or times out with the link.
 */
export const handler = workflowTask('RequestEmailOwnership', Input, async (input, log) => {
  const { enrollment, organization } = await loadEnrollment(input.organizationId);
  const contact = enrollment.primaryContact!;
  const token = newSecretToken();
  const expires = new Date(clock.now().getTime() + emailVerificationValidityDays * 24 * 3600 * 1000);
  await awaitEmailOwnership(
    {
      organizationId: input.organizationId,
      enrollmentId: input.enrollmentId,
      organizationName: organization.legalName,
      language: contact.language,
      tokenHash: hashToken(token),
      expiresAt: expires.toISOString(),
      taskToken: input.taskToken,
      email: contact.email,
    },
    input.correlationId,
  );
  await sendEmail(
    renderEmail('emailVerification', contact.language, contact.email, {
      name: contact.fullName,
      organization: organization.legalName,
      link: publicLink('/v1/pages/email-verification', { token }),
      expiresOn: formatDate(expires, contact.language),
    }),
  );
  log.info('verification link sent', { enrollmentId: input.enrollmentId });
  return { requested: true };
});
