import { answerInquiry } from '#shared/enrollment/actions';
import { respondToReviewInquiry } from '#shared/enrollment/routes';
import { toEnrollmentView } from '#shared/enrollment/store';
import { httpHandler, reply } from '#shared/http/handler';

/** The applicant answers the reviewer's question; the workflow goes back to review. */
export const handler = httpHandler(respondToReviewInquiry, async ({ params, body, caller, correlationId }) =>
  reply.ok(toEnrollmentView(await answerInquiry(caller, params.enrollmentId, body.answer, correlationId))),
);
