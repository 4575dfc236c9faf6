import { httpHandler, reply } from '#shared/http/handler';
import { listWebhookDeliveries } from '#shared/integrations/routes';
import { listDeliveries, requireSubscription, toDeliveryView } from '#shared/integrations/webhooks-store';

export const handler = httpHandler(listWebhookDeliveries, async ({ params, query, caller }) => {
  await requireSubscription(caller.organizationId, params.subscriptionId);
  const page = await listDeliveries(params.subscriptionId, query);
  return reply.ok({ items: page.items.map(toDeliveryView), nextCursor: page.nextCursor });
});
