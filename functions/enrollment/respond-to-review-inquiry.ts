import { respondToReviewInquiry } from '#shared/enrollment/routes';
import { answerWaitingStep, getOwnEnrollment, toEnrollmentView } from '#shared/enrollment/store';
import { httpHandler, reply } from '#shared/http/handler';
import { clock } from '#shared/platform/clock';

/** The applicant answers the reviewer's question; the workflow goes back to review. */
export const handler = httpHandler(respondToReviewInquiry, async ({ params, body, caller, correlationId }) => {
  const enrollment = await getOwnEnrollment(caller.organizationId, params.enrollmentId, true);
  const review = { ...enrollment.review, answer: body.answer, answeredAt: clock.nowIso() };
  await answerWaitingStep({
    record: enrollment,
    move: 'answerInquiry',
    step: 'InquiryResponse',
    to: 'InformationProvided',
    change: { set: { review } },
    event: { type: 'InquiryAnswered', payload: {} },
    correlationId,
    action: 'take an answer (no question is waiting)',
  });
  return reply.ok(
    toEnrollmentView({
      ...enrollment,
      state: 'InformationProvided',
      review,
      waiting: undefined,
      version: enrollment.version + 1,
    }),
  );
});
