import { resendVerification } from '#shared/enrollment/corrections';
import { resendEmailVerification } from '#shared/enrollment/routes';
import { getOwnEnrollment } from '#shared/enrollment/store';
import { httpHandler, reply } from '#shared/http/handler';

/** The verification link again, for a contact who lost it or never got it (capped; a typo is corrected instead). */
export const handler = httpHandler(resendEmailVerification, async ({ params, caller, correlationId }) => {
  const enrollment = await getOwnEnrollment(caller.organizationId, params.enrollmentId, true);
  return reply.status(202, await resendVerification(enrollment, correlationId));
});
