import { listRelationships } from '#shared/customers/relationships-store';
import { listCustomers } from '#shared/customers/routes';
import { customerSummary } from '#shared/customers/views';
import { httpHandler, reply } from '#shared/http/handler';

export const handler = httpHandler(listCustomers, async ({ query, caller }) => {
  const page = await listRelationships(caller.organizationId, query);
  return reply.ok({ items: page.items.map(customerSummary), nextCursor: page.nextCursor });
});
