import { decideReview } from '#shared/enrollment/actions';
import { reviewEnrollment } from '#shared/enrollment/operator-routes';
import { toEnrollmentView } from '#shared/enrollment/store';
import { httpHandler, reply } from '#shared/http/handler';

/** An operator decides a review; of two concurrent decisions exactly one lands (409 for the other). */
export const handler = httpHandler(reviewEnrollment, async ({ params, body, caller, correlationId }) =>
  reply.ok(toEnrollmentView(await decideReview(caller, params.enrollmentId, body, correlationId))),
);
