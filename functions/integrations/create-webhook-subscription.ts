import { randomBytes } from 'node:crypto';
import { httpHandler, reply } from '#shared/http/handler';
import { endpointProblem } from '#shared/integrations/deliver';
import { publicEventTypes } from '#shared/integrations/event-types';
import { createWebhookSubscription } from '#shared/integrations/routes';
import { insertSubscription, toSubscriptionView, type WebhookSubscription } from '#shared/integrations/webhooks-store';
import { clock } from '#shared/platform/clock';
import { newId } from '#shared/platform/crypto';
import { ValidationError } from '#shared/platform/errors';

/** An endpoint on a public HTTPS address (checked again, with its name resolved, at every delivery). */
export const handler = httpHandler(createWebhookSubscription, async ({ body, caller, correlationId }) => {
  const unknown = body.eventTypes.findIndex(
    (type) => type !== '*' && !(publicEventTypes as readonly string[]).includes(type),
  );
  if (unknown >= 0)
    throw new ValidationError([
      { in: 'body', field: `eventTypes.${unknown}`, message: 'is not an event type (see the feed’s items)' },
    ]);
  const problem = await endpointProblem(body.url);
  if (problem) throw new ValidationError([{ in: 'body', field: 'url', message: problem }]);
  const eventTypes = body.eventTypes.includes('*') ? ['*'] : [...new Set(body.eventTypes)].sort();
  const subscription: WebhookSubscription = {
    subscriptionId: newId(),
    organizationId: caller.organizationId,
    url: body.url,
    eventTypes,
    ...(body.description ? { description: body.description } : {}),
    secret: `whsec_${randomBytes(32).toString('base64')}`,
    createdAt: clock.nowIso(),
    createdBy: caller.userId,
  };
  await insertSubscription(subscription, correlationId);
  return reply.created(
    { ...toSubscriptionView(subscription), secret: subscription.secret },
    `/v1/webhook-subscriptions/${subscription.subscriptionId}/deliveries`,
  );
});
