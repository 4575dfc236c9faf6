import { httpHandler, reply } from '#shared/http/handler';
import { etagOf, ifMatchVersion } from '#shared/http/versions';
import { ForbiddenError, PreconditionFailedError } from '#shared/platform/errors';
import { getMember, getOrganizationMember, updateMemberRoles } from '#shared/users/members-store';
import { raisesPermissions } from '#shared/users/permissions';
import { updatePartnerUserRoles } from '#shared/users/routes';
import { toPartnerUser } from '#shared/users/views';

/**
 * Changes a user's roles. Nobody raises their own roles; only a global admin grants or takes away global
 * admin; the last global admin stays; a stale version answers 412. Roles are read from the table on every
 * request, so the change applies to the user's next call. When the new roles exceed those of whoever saw the
 * user's temporary password, that password stops working: the user chooses its own through an emailed link.
 */
export const handler = httpHandler(updatePartnerUserRoles, async ({ params, body, headers, caller, correlationId }) => {
  const expected = ifMatchVersion(headers, true)!;
  const member = await getOrganizationMember(caller.organizationId, params.userId);
  if (member.version !== expected) throw new PreconditionFailedError();
  if (member.userId === caller.userId && raisesPermissions(member, body)) {
    throw new ForbiddenError('Nobody can raise their own roles: ask another administrator.', {
      rule: 'no-self-promotion',
    });
  }
  if (
    (body.adminRole === 'GlobalAdmin') !== (member.adminRole === 'GlobalAdmin') &&
    caller.adminRole !== 'GlobalAdmin'
  ) {
    throw new ForbiddenError('Only a global admin can grant or take away the global admin role.', {
      missingRole: 'GlobalAdmin',
    });
  }
  // a password someone else saw stops working once the roles go beyond what that person holds
  const seenBy = member.passwordSeenBy;
  const seer = seenBy === caller.userId ? caller : seenBy ? await getMember(seenBy) : undefined;
  const choosePassword = seenBy !== undefined && (!seer || raisesPermissions(seer, body));
  const updated = await updateMemberRoles(member, expected, body, caller.userId, correlationId, { choosePassword });
  return reply.ok(toPartnerUser(updated), { etag: etagOf(updated.version) });
});
