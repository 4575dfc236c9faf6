import type { EnrollmentEventCatalog } from '#shared/enrollment/events';
import { endStates } from '#shared/enrollment/rules';
import { transitionEnrollment } from '#shared/enrollment/store';
import { ExecutionFields, loadEnrollment } from '#shared/enrollment/workflow-context';
import type { EventInput } from '#shared/platform/outbox';
import { workflowTask } from '#shared/platform/workflow-task';
import * as z from '#shared/platform/zod';

const Input = ExecutionFields.extend({
  outcome: z.enum(['EmailVerificationExpired', 'InquiryExpired', 'AgreementExpired', 'Failed']),
  error: z.unknown().optional(),
});

/**
 * How the timeline ended early, recorded on the enrollment in a named state: a link, an inquiry or the
 * agreement expired, or a step failed after its retries. Each can be resumed by the organization.
 */
export const handler = workflowTask('RecordOutcome', Input, async (input, log) => {
  const { enrollment } = await loadEnrollment(input.organizationId);
  if (enrollment.state === input.outcome) return { outcome: input.outcome };
  if (endStates.includes(enrollment.state)) return { outcome: enrollment.state };
  log.warn('enrollment timeline ended early', { outcome: input.outcome, from: enrollment.state, error: input.error });
  await transitionEnrollment({
    organizationId: input.organizationId,
    move: 'stop',
    to: input.outcome,
    change: { set: { stoppedIn: enrollment.state }, remove: ['waiting'] },
    event: {
      type: `Enrollment${input.outcome === 'Failed' ? 'Failed' : input.outcome}`,
      payload: { enrollmentId: input.enrollmentId, from: enrollment.state },
    } as EventInput<EnrollmentEventCatalog>,
    correlationId: input.correlationId,
  });
  return { outcome: input.outcome };
});
