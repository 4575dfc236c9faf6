import { getEnrollment } from '#shared/enrollment/routes';
import { getOwnEnrollment, toEnrollmentView } from '#shared/enrollment/store';
import { httpHandler, reply } from '#shared/http/handler';

/** The key is built from the caller's organization: another organization's enrollment is simply not found. */
export const handler = httpHandler(getEnrollment, async ({ params, caller }) =>
  reply.ok(toEnrollmentView(await getOwnEnrollment(caller.organizationId, params.enrollmentId))),
);
