import { Id } from '#shared/platform/schemas';
import * as z from '#shared/platform/zod';
import { Actor } from '#shared/users/schemas';

const Page = { limit: z.coerce.number().int().min(1).max(100).default(25), cursor: z.string().max(1024).optional() };

export const FeedQuery = z.object(Page);

export const FeedItem = z
  .object({
    eventId: z.string(),
    type: z.string().meta({ description: 'The event type, past tense, e.g. EnrollmentActivated.' }),
    specVersion: z.string().meta({ description: 'The item’s shape version; it changes only by adding fields.' }),
    occurredAt: z.string(),
    organizationId: z.string(),
    actor: Actor.optional(),
    correlationId: z.string().optional(),
    data: z.record(z.string(), z.unknown()).meta({ description: 'What changed, as the event recorded it.' }),
    resource: z.object({ type: z.string(), id: z.string(), href: z.string() }).optional(),
    current: z.unknown().optional().meta({
      description:
        'The resource as it is now (enrollments, partner users, subscriptions, direct-bill applications, service requests), where the organization may still see it.',
    }),
  })
  .meta({ id: 'FeedItem' });

export const FeedPage = z.object({
  items: z.array(FeedItem),
  nextCursor: z
    .string()
    .optional()
    .meta({ description: 'Where to read from next time: keep it, and ask again later; absent only before any event.' }),
});

export const CreateWebhookSubscriptionRequest = z.strictObject({
  url: z.url().max(2048).meta({ description: 'An HTTPS endpoint on a public address.' }),
  eventTypes: z
    .array(z.string().regex(/^(\*|[A-Z][A-Za-z]{2,63})$/))
    .min(1)
    .max(100)
    .meta({ description: 'The event types to send (the types of listEventFeed items), or ["*"] for all.' }),
  description: z.string().max(200).optional(),
});

export const WebhookSubscription = z
  .object({
    subscriptionId: z.string(),
    url: z.string(),
    eventTypes: z.array(z.string()),
    description: z.string().optional(),
    createdAt: z.string(),
    createdBy: z.string(),
  })
  .meta({ id: 'WebhookSubscription' });

export const CreatedWebhookSubscription = WebhookSubscription.extend({
  secret: z.string().meta({
    description: 'The Standard Webhooks signing secret (whsec_…). Shown once: keep it to verify webhook-signature.',
  }),
});

export const WebhookSubscriptions = z.object({ items: z.array(WebhookSubscription) });

export const SubscriptionParams = z.strictObject({ subscriptionId: Id });
export const DeliveryParams = z.strictObject({ subscriptionId: Id, eventId: z.string().min(8).max(64) });
export const DeliveriesQuery = z.object(Page);

export const WebhookDelivery = z
  .object({
    eventId: z.string(),
    eventType: z.string(),
    occurredAt: z.string(),
    status: z.enum(['Pending', 'Delivered', 'Failing', 'Cancelled']),
    attempts: z.number().int(),
    lastAttemptAt: z.string().optional(),
    lastResponseStatus: z.number().int().optional(),
    lastError: z.string().optional(),
    deliveredAt: z.string().optional(),
  })
  .meta({ id: 'WebhookDelivery' });

export const WebhookDeliveries = z.object({ items: z.array(WebhookDelivery), nextCursor: z.string().optional() });
export const Redelivery = z.object({ status: z.literal('Pending'), eventId: z.string() });
