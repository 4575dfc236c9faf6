import { listLeadRecords, toLeadView } from '#shared/customers/leads-store';
import { listLeads } from '#shared/customers/routes';
import { httpHandler, reply } from '#shared/http/handler';

export const handler = httpHandler(listLeads, async ({ query, caller }) => {
  const page = await listLeadRecords(caller.organizationId, query);
  return reply.ok({ items: page.items.map(toLeadView), nextCursor: page.nextCursor });
});
