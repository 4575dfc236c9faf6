import { requireDelegatedAdmin } from '#shared/customers/relationships-store';
import { listCustomerUsers } from '#shared/customers/routes';
import { customerUser } from '#shared/customers/users';
import { httpHandler, reply } from '#shared/http/handler';
import { listMembers } from '#shared/users/members-store';

export const handler = httpHandler(listCustomerUsers, async ({ params, query, caller }) => {
  await requireDelegatedAdmin(caller.organizationId, params.customerId);
  const page = await listMembers(params.customerId, query);
  return reply.ok({ items: page.items.map(customerUser), nextCursor: page.nextCursor });
});
