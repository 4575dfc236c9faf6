import { httpHandler, reply } from '#shared/http/handler';
import { etagOf } from '#shared/http/versions';
import { getOrganizationMember } from '#shared/users/members-store';
import { getPartnerUser } from '#shared/users/routes';
import { toPartnerUser } from '#shared/users/views';

export const handler = httpHandler(getPartnerUser, async ({ params, caller }) => {
  const member = await getOrganizationMember(caller.organizationId, params.userId);
  return reply.ok(toPartnerUser(member), { etag: etagOf(member.version) });
});
