import { z } from 'zod';
import { getEnrollmentRecord, transitionEnrollment } from '../../shared/data/enrollments';
import { workflowTask } from '../../shared/workflow/task';

const Input = z.object({
  organizationId: z.string(),
  enrollmentId: z.string(),
  outcome: z.enum(['EmailVerificationExpired', 'Failed']),
  error: z.unknown().optional(),
  correlationId: z.string().optional(),
});

/**
 * Every failure of the timeline ends here, in a named state the enrollment records: the verification link
 * expired (the step timed out), or a step failed after its retries.
 */
export const handler = workflowTask('RecordOutcome', Input, async (input, log) => {
  const enrollment = await getEnrollmentRecord(input.organizationId, true);
  if (!enrollment) throw new Error(`enrollment of ${input.organizationId} not found`);
  if (enrollment.state === input.outcome) return { outcome: input.outcome };
  log.warn('enrollment timeline ended early', { outcome: input.outcome, from: enrollment.state, error: input.error });
  await transitionEnrollment({
    organizationId: input.organizationId,
    from: enrollment.state,
    to: input.outcome,
    event: { type: input.outcome === 'Failed' ? 'EnrollmentFailed' : 'EmailVerificationExpired', payload: { enrollmentId: input.enrollmentId, from: enrollment.state } },
    correlationId: input.correlationId,
  });
  return { outcome: input.outcome };
});
