import { emailVerificationValidityDays } from '#shared/enrollment/rules';
import { awaitEmailOwnership } from '#shared/enrollment/verification-store';
import { ExecutionFields, loadEnrollment } from '#shared/enrollment/workflow-context';
import { clock } from '#shared/platform/clock';
import { workflowTask } from '#shared/platform/workflow-task';

const Input = ExecutionFields.extend({ taskToken: ExecutionFields.shape.organizationId });

/**
 * First step of the timeline (a `.waitForTaskToken` task): parks the task token on the enrollment with the
 * event whose durable effect emails the verification link (the link's secret is minted there and exists only
 * in the email). The step never depends on email, so an email outage cannot fail the timeline. It then waits
 * until confirmEmailVerification resumes it, or times out with the link.
 */
export const handler = workflowTask('RequestEmailOwnership', Input, async (input, log) => {
  const { enrollment } = await loadEnrollment(input.organizationId);
  const expires = new Date(clock.now().getTime() + emailVerificationValidityDays * 24 * 3600 * 1000);
  await awaitEmailOwnership(
    {
      organizationId: input.organizationId,
      enrollmentId: input.enrollmentId,
      email: enrollment.primaryContact!.email,
      taskToken: input.taskToken,
      expiresAt: expires.toISOString(),
    },
    input.correlationId,
  );
  log.info('verification link requested', { enrollmentId: input.enrollmentId });
  return { requested: true };
});
