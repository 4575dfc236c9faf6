import { reviewEnrollment } from '#shared/enrollment/operator-routes';
import { stateAfterDecision } from '#shared/enrollment/rules';
import { answerWaitingStep, getEnrollmentById, toEnrollmentView } from '#shared/enrollment/store';
import { httpHandler, reply } from '#shared/http/handler';
import { clock } from '#shared/platform/clock';
import { NotFoundError } from '#shared/platform/errors';

/**
 * An operator decides a review. The write is conditional on the state, the waiting step and its token: of
 * two concurrent decisions exactly one lands, the other gets 409 with the state it found.
 */
export const handler = httpHandler(reviewEnrollment, async ({ params, body, caller, correlationId }) => {
  const enrollment = await getEnrollmentById(params.enrollmentId);
  if (!enrollment) throw new NotFoundError('No such enrollment.');
  const to = stateAfterDecision(body.decision);
  const review = {
    ...enrollment.review,
    decision: body.decision,
    reason: body.reason,
    question: body.question,
    ...(body.decision === 'RequestInformation' ? { answer: undefined } : {}),
    decidedAt: clock.nowIso(),
    decidedBy: caller.userId,
  };
  await answerWaitingStep({
    record: enrollment,
    move: 'review',
    step: 'Review',
    to,
    change: { set: { review: JSON.parse(JSON.stringify(review)) } },
    event: {
      type: 'EnrollmentReviewed',
      payload: { decision: body.decision, reason: body.reason, question: body.question },
    },
    correlationId,
    action: 'be reviewed',
  });
  return reply.ok(
    toEnrollmentView({ ...enrollment, state: to, review, waiting: undefined, version: enrollment.version + 1 }),
  );
});
