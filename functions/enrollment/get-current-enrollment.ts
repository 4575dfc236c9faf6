import { getCurrentEnrollment } from '#shared/enrollment/routes';
import { getEnrollmentRecord, toEnrollmentView } from '#shared/enrollment/store';
import { httpHandler, reply } from '#shared/http/handler';
import { NotFoundError } from '#shared/platform/errors';
import { isGranted } from '#shared/users/permissions';

/**
 * The organization's enrollment, found by the caller's organization (not by an id it would have to know): any
 * admin of the organization can follow it. A helpdesk agent sees the timeline without the profile.
 */
export const handler = httpHandler(getCurrentEnrollment, async ({ caller }) => {
  const record = await getEnrollmentRecord(caller.organizationId, true);
  if (!record) throw new NotFoundError('Your organization has no enrollment yet: createEnrollment starts one.');
  return reply.ok(toEnrollmentView(record, { profile: isGranted(caller, 'profile:read') }));
});
