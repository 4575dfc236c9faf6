import { listMembers } from '../../shared/data/members';
import { httpHandler, reply } from '../../shared/http/handler';
import { listPartnerUsers } from '../../shared/routes/users';
import { toPartnerUser } from '../../shared/users/view';

export const handler = httpHandler(listPartnerUsers, async ({ query, caller }) => {
  const page = await listMembers(caller.organizationId, query);
  return reply.ok({ items: page.items.map(toPartnerUser), nextCursor: page.nextCursor });
});
