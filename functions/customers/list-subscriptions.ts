import { getRelationship } from '#shared/customers/relationships-store';
import { listSubscriptions } from '#shared/customers/routes';
import { listSubscriptionRecords } from '#shared/customers/subscriptions-store';
import { httpHandler, reply } from '#shared/http/handler';

export const handler = httpHandler(listSubscriptions, async ({ params, caller }) => {
  await getRelationship(caller.organizationId, params.customerId);
  return reply.ok({ items: await listSubscriptionRecords(params.customerId) });
});
