import { getRelationship } from '../../shared/data/customers';
import { listSubscriptionRecords } from '../../shared/data/subscriptions';
import { httpHandler, reply } from '../../shared/http/handler';
import { listSubscriptions } from '../../shared/routes/customers';

export const handler = httpHandler(listSubscriptions, async ({ params, caller }) => {
  await getRelationship(caller.organizationId, params.customerId);
  return reply.ok({ items: await listSubscriptionRecords(params.customerId) });
});
