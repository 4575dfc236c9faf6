import { enrollmentEmails } from '#shared/enrollment/emails';
import { emailVerificationValidityDays } from '#shared/enrollment/rules';
import { awaitEmailOwnership } from '#shared/enrollment/verification-store';
import { ExecutionFields, loadEnrollment } from '#shared/enrollment/workflow-context';
import { sendEmail } from '#shared/platform/aws/email';
import { clock } from '#shared/platform/clock';
import { hashToken, newSecretToken } from '#shared/platform/crypto';
import { formatDate, renderEmail } from '#shared/platform/email/render';
import { publicLink } from '#shared/platform/links';
import { workflowTask } from '#shared/platform/workflow-task';

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
    renderEmail(enrollmentEmails.emailVerification, contact.language, contact.email, {
      name: contact.fullName,
      organization: organization.legalName,
      link: publicLink('/v1/pages/email-verification', { token }),
      expiresOn: formatDate(expires, contact.language),
    }),
  );
  log.info('verification link sent', { enrollmentId: input.enrollmentId });
  return { requested: true };
});
