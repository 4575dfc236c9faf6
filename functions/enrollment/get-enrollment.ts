import { getEnrollment } from '#shared/enrollment/routes';
import { getOwnEnrollment, toEnrollmentView } from '#shared/enrollment/store';
import { httpHandler, reply } from '#shared/http/handler';
import { isGranted } from '#shared/users/permissions';

/**
 * The key is built from the caller's organization: another organization's enrollment is simply not found.
 * A reader who may not view partner profiles (a helpdesk agent) sees the timeline without the profile.
 */
export const handler = httpHandler(getEnrollment, async ({ params, caller }) => {
  const record = await getOwnEnrollment(caller.organizationId, params.enrollmentId);
  return reply.ok(toEnrollmentView(record, { profile: isGranted(caller, 'profile:read') }));
});
