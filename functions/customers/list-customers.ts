import { listRelationships } from '../../shared/data/customers';
import { httpHandler, reply } from '../../shared/http/handler';
import { listCustomers } from '../../shared/routes/customers';
import { customerSummary } from '../../shared/customers/view';

export const handler = httpHandler(listCustomers, async ({ query, caller }) => {
  const page = await listRelationships(caller.organizationId, query);
  return reply.ok({ items: page.items.map(customerSummary), nextCursor: page.nextCursor });
});
