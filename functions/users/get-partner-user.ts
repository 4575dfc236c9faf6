import { getOrganizationMember } from '../../shared/data/members';
import { httpHandler, reply } from '../../shared/http/handler';
import { etagOf } from '../../shared/http/versions';
import { getPartnerUser } from '../../shared/routes/users';
import { toPartnerUser } from '../../shared/users/view';

export const handler = httpHandler(getPartnerUser, async ({ params, caller }) => {
  const member = await getOrganizationMember(caller.organizationId, params.userId);
  return reply.ok(toPartnerUser(member), { etag: etagOf(member.version) });
});
