import { httpHandler, reply } from '#shared/http/handler';
import { redeliverWebhook } from '#shared/integrations/routes';
import { getDelivery, requireSubscription, scheduleRedelivery } from '#shared/integrations/webhooks-store';
import { getEvent } from '#shared/platform/effects';
import { NotFoundError } from '#shared/platform/errors';

export const handler = httpHandler(redeliverWebhook, async ({ params, caller, correlationId }) => {
  const subscription = await requireSubscription(caller.organizationId, params.subscriptionId);
  const event = await getEvent(params.eventId);
  const delivery =
    event?.organizationId === caller.organizationId
      ? await getDelivery(subscription.subscriptionId, String(event.occurredAt), params.eventId)
      : undefined;
  if (!delivery) throw new NotFoundError('This event was never sent to this endpoint.');
  await scheduleRedelivery(subscription, delivery, correlationId);
  return reply.status(202, { status: 'Pending' as const, eventId: params.eventId });
});
