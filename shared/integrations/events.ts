import { defineEvents } from '#shared/platform/outbox';
import * as z from '#shared/platform/zod';

/** The events of an organization's integrations: webhook subscriptions, and each delivery due. */
export const integrationEvents = defineEvents({
  WebhookSubscriptionCreated: z.object({
    subscriptionId: z.string(),
    url: z.string(),
    eventTypes: z.array(z.string()),
  }),
  WebhookSubscriptionDeleted: z.object({ subscriptionId: z.string() }),
  /** One event to post to one endpoint (first delivery or a redelivery): retried by the outbox until it lands. */
  WebhookDeliveryDue: z.object({
    subscriptionId: z.string(),
    eventId: z.string(),
    occurredAt: z.string(),
    attempt: z.enum(['First', 'Redelivery']),
  }),
});

/** Plumbing of the webhooks themselves: neither in the feed nor sent to endpoints (a delivery of a delivery). */
export const internalEventTypes = ['WebhookDeliveryDue'] as const;
