import { getRelationship } from '#shared/customers/relationships-store';
import { listSubscriptions } from '#shared/customers/routes';
import { listSubscriptionRecords } from '#shared/customers/subscriptions-store';
import { httpHandler, reply } from '#shared/http/handler';

export const handler = httpHandler(listSubscriptions, async ({ params, caller }) => {
  const relationship = await getRelationship(caller.organizationId, params.customerId);
  // a partner sees what it sold (a provider, what its reseller sold through it), never another partner's sales
  return reply.ok({ items: await listSubscriptionRecords(params.customerId, relationship) });
});
