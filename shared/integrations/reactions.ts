import { postEvent } from '#shared/integrations/deliver';
import { integrationEvents, internalEventTypes } from '#shared/integrations/events';
import { toFeedItems } from '#shared/integrations/feed';
import {
  getDelivery,
  getSubscription,
  listSubscriptions,
  recordAttempt,
  scheduleDelivery,
} from '#shared/integrations/webhooks-store';
import type { AuditEntry } from '#shared/platform/audit-store';
import { getEvent } from '#shared/platform/effects';
import { type DomainEvent, mergeReactions, type ReactionTable } from '#shared/platform/outbox';

const internal = new Set<string>(internalEventTypes);

/**
 * Every event of an organization with webhook subscriptions is scheduled for each endpoint that asked for its
 * type: one `WebhookDeliveryDue` event per endpoint, so each delivery is retried (and dead after 24 hours) on its
 * own, and a failing endpoint never holds back another's.
 */
const fanOut: ReactionTable = {
  '*': [
    {
      name: 'schedule-webhooks',
      async run(event: DomainEvent) {
        if (!event.organizationId || internal.has(event.type)) return;
        const subscriptions = await listSubscriptions(event.organizationId);
        for (const subscription of subscriptions)
          if (subscription.eventTypes.includes('*') || subscription.eventTypes.includes(event.type))
            await scheduleDelivery(subscription, event, event.correlationId);
      },
    },
  ],
};

const post = integrationEvents.on('WebhookDeliveryDue', {
  name: 'post-webhook',
  // one endpoint's outage opens the breaker for that endpoint only
  breakerKey: (event) => `post-webhook:${event.payload.subscriptionId}`,
  async run(event) {
    const { subscriptionId, eventId, occurredAt } = event.payload;
    const organizationId = event.organizationId!;
    const [subscription, delivery, source] = await Promise.all([
      getSubscription(organizationId, subscriptionId),
      getDelivery(subscriptionId, occurredAt, eventId),
      getEvent(eventId),
    ]);
    if (!delivery) return;
    if (!subscription || !source) {
      await recordAttempt(delivery, {
        status: 'Cancelled',
        error: subscription ? 'the event expired' : 'unsubscribed',
      });
      return;
    }
    const [item] = await toFeedItems([{ ...(source as unknown as AuditEntry), organizationId }]);
    const attempt = await postEvent(subscription, item!);
    await recordAttempt(delivery, {
      status: attempt.ok ? 'Delivered' : 'Failing',
      responseStatus: attempt.responseStatus,
      error: attempt.error,
    });
    // the outbox retries with backoff, then parks the delivery as a dead effect an operator can redrive
    if (!attempt.ok) throw new Error(`webhook ${subscriptionId}: ${attempt.error}`);
  },
});

export const integrationReactions = mergeReactions(fanOut, post);
