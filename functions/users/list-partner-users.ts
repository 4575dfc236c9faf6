import { httpHandler, reply } from '#shared/http/handler';
import { listMembers } from '#shared/users/members-store';
import { listPartnerUsers } from '#shared/users/routes';
import { toPartnerUser } from '#shared/users/views';

export const handler = httpHandler(listPartnerUsers, async ({ query, caller }) => {
  const page = await listMembers(caller.organizationId, query);
  return reply.ok({ items: page.items.map(toPartnerUser), nextCursor: page.nextCursor });
});
