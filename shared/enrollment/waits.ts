import type { EnrollmentEventCatalog } from '#shared/enrollment/events';
import type { EnrollmentMove } from '#shared/enrollment/lifecycle';
import { inquiryResponseDays, signatureReminderDays } from '#shared/enrollment/rules';
import { type EnrollmentRecord, parkEnrollment } from '#shared/enrollment/store';
import { ExecutionFields, loadEnrollment } from '#shared/enrollment/workflow-context';
import { resumeTask } from '#shared/platform/aws/sfn';
import { clock } from '#shared/platform/clock';
import type { Logger } from '#shared/platform/logger';
import type { EventInput } from '#shared/platform/outbox';
import * as z from '#shared/platform/zod';

export const AwaitPersonInput = ExecutionFields.extend({
  step: z.enum(['Review', 'InquiryResponse', 'Signature']),
  taskToken: z.string().min(1),
  timeoutSeconds: z.number().positive().optional(),
  delayed: z.boolean().optional(),
});

const day = 24 * 3600 * 1000;

/** From which states each step may park, and the state it parks in. */
/** The move of the transition table that parks each step's wait. */
const steps = {
  Review: 'awaitReview',
  InquiryResponse: 'awaitInquiryResponse',
  Signature: 'awaitSignature',
} as const satisfies Record<string, EnrollmentMove>;

/**
 * A callback step where the timeline waits for a person: an operator's review, the applicant's answer to
 * an inquiry, a global admin's signature. It sets the state and parks the task token in one conditional
 * write; the API call that answers takes the token from there.
 */
export async function awaitPerson(input: z.output<typeof AwaitPersonInput>, log: Logger) {
  const { enrollment } = await loadEnrollment(input.organizationId);
  // The answer may already be recorded: a decision that landed as the previous wait timed out (its token
  // died with it). Resume at once with what was decided instead of waiting for an answer that came.
  const answered = answerAlreadyGiven(input.step, enrollment);
  if (answered) {
    log.info('answer already recorded: resuming at once', { step: input.step });
    await resumeTask(input.taskToken, answered);
    return { waiting: 'none' };
  }
  const now = clock.now();
  const rule = steps[input.step];
  const dueAt = (ms: number) => new Date(now.getTime() + ms).toISOString();
  let due: string | undefined;
  let change: Record<string, unknown> = {};
  let event: EventInput<EnrollmentEventCatalog> | undefined;

  if (input.step === 'Review') {
    due = input.delayed ? undefined : dueAt((input.timeoutSeconds ?? 0) * 1000);
    change = {
      review: { ...enrollment.review, dueAt: due ?? enrollment.review?.dueAt, delayed: input.delayed === true },
    };
    if (input.delayed)
      event = {
        type: 'EnrollmentReviewDelayed',
        payload: { enrollmentId: input.enrollmentId, dueAt: enrollment.review?.dueAt },
      };
    else if (enrollment.state === 'EmailVerified')
      event = { type: 'EnrollmentUnderReview', payload: { enrollmentId: input.enrollmentId, dueAt: due } };
  } else if (input.step === 'InquiryResponse') {
    due = dueAt(inquiryResponseDays * day);
  } else {
    due = dueAt(signatureReminderDays * day);
    if (enrollment.state === 'Approved') change = { signatureReminders: 0 };
  }

  await parkEnrollment({
    organizationId: input.organizationId,
    move: rule,
    waiting: { step: input.step, taskToken: input.taskToken, since: now.toISOString(), ...(due ? { dueAt: due } : {}) },
    change: { set: change },
    event,
    correlationId: input.correlationId,
  });
  return { waiting: input.step };
}

/** The output a step would have been resumed with, when its answer is already on the enrollment. */
function answerAlreadyGiven(
  step: 'Review' | 'InquiryResponse' | 'Signature',
  enrollment: EnrollmentRecord,
): Record<string, unknown> | undefined {
  if (
    step === 'Review' &&
    ['Approved', 'Rejected', 'InformationRequested'].includes(enrollment.state) &&
    enrollment.review?.decision
  ) {
    return { decision: enrollment.review.decision };
  }
  if (step === 'InquiryResponse' && enrollment.state === 'InformationProvided') return { answered: true };
  if (step === 'Signature' && enrollment.state === 'Signed') return { signed: true };
  return undefined;
}
