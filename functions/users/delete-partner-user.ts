import { httpHandler, reply } from '#shared/http/handler';
import { ifMatchVersion } from '#shared/http/versions';
import { ForbiddenError } from '#shared/platform/errors';
import { getOrganizationMember, removeMember } from '#shared/users/members-store';
import { deletePartnerUser } from '#shared/users/routes';

/** Removes a user; only a global admin removes a global admin, and never the last one. */
export const handler = httpHandler(deletePartnerUser, async ({ params, headers, caller, correlationId }) => {
  const expected = ifMatchVersion(headers, false);
  const member = await getOrganizationMember(caller.organizationId, params.userId);
  if (member.adminRole === 'GlobalAdmin' && caller.adminRole !== 'GlobalAdmin') {
    throw new ForbiddenError('Only a global admin can remove a global admin.', { missingRole: 'GlobalAdmin' });
  }
  await removeMember(member, expected, caller.userId, correlationId);
  return reply.noContent();
});
