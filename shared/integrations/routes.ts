import { defineRoute } from '#shared/http/route';
import {
  CreatedWebhookSubscription,
  CreateWebhookSubscriptionRequest,
  DeliveriesQuery,
  DeliveryParams,
  FeedPage,
  FeedQuery,
  Redelivery,
  SubscriptionParams,
  WebhookDeliveries,
  WebhookSubscriptions,
} from '#shared/integrations/schemas';

export const listEventFeed = defineRoute({
  operationId: 'listEventFeed',
  method: 'GET',
  path: '/v1/event-feed',
  summary:
    'The events that concern the organization, oldest first, from a cursor the caller keeps: each with its actor, what changed and the resource as it is now. At least once, in order.',
  tag: 'Integrations',
  handler: 'functions/integrations/list-event-feed.ts',
  auth: 'user',
  permission: 'integrations:read',
  request: { query: FeedQuery },
  responses: { 200: { description: 'The next events, and where to read from next time.', body: FeedPage } },
  grants: { table: 'read' },
});

export const createWebhookSubscription = defineRoute({
  operationId: 'createWebhookSubscription',
  method: 'POST',
  path: '/v1/webhook-subscriptions',
  summary:
    'Registers an HTTPS endpoint for some event types (or all): each event is posted signed per Standard Webhooks, retried with backoff for 24 hours. The signing secret is shown once.',
  tag: 'Integrations',
  handler: 'functions/integrations/create-webhook-subscription.ts',
  auth: 'user',
  permission: 'integrations:manage',
  request: { body: CreateWebhookSubscriptionRequest },
  responses: {
    201: { description: 'Registered; keep the secret.', body: CreatedWebhookSubscription },
    409: { description: 'The organization has 10 endpoints already.' },
  },
  idempotency: { mode: 'redact', fields: ['secret'] },
  grants: { table: 'readWrite' },
});

export const listWebhookSubscriptions = defineRoute({
  operationId: 'listWebhookSubscriptions',
  method: 'GET',
  path: '/v1/webhook-subscriptions',
  summary: 'The organization’s webhook endpoints (without their secrets).',
  tag: 'Integrations',
  handler: 'functions/integrations/list-webhook-subscriptions.ts',
  auth: 'user',
  permission: 'integrations:manage',
  responses: { 200: { description: 'The endpoints.', body: WebhookSubscriptions } },
  grants: { table: 'read' },
});

export const deleteWebhookSubscription = defineRoute({
  operationId: 'deleteWebhookSubscription',
  method: 'DELETE',
  path: '/v1/webhook-subscriptions/{subscriptionId}',
  summary: 'Stops sending to an endpoint; deliveries still pending are cancelled.',
  tag: 'Integrations',
  handler: 'functions/integrations/delete-webhook-subscription.ts',
  auth: 'user',
  permission: 'integrations:manage',
  request: { params: SubscriptionParams },
  responses: { 204: { description: 'Deleted.' }, 404: { description: 'No such subscription.' } },
  grants: { table: 'readWrite' },
});

export const listWebhookDeliveries = defineRoute({
  operationId: 'listWebhookDeliveries',
  method: 'GET',
  path: '/v1/webhook-subscriptions/{subscriptionId}/deliveries',
  summary: 'An endpoint’s delivery log, newest first: each event, its status, attempts and last answer.',
  tag: 'Integrations',
  handler: 'functions/integrations/list-webhook-deliveries.ts',
  auth: 'user',
  permission: 'integrations:manage',
  request: { params: SubscriptionParams, query: DeliveriesQuery },
  responses: {
    200: { description: 'A page of deliveries.', body: WebhookDeliveries },
    404: { description: 'No such subscription.' },
  },
  grants: { table: 'read' },
});

export const redeliverWebhook = defineRoute({
  operationId: 'redeliverWebhook',
  method: 'POST',
  path: '/v1/webhook-subscriptions/{subscriptionId}/deliveries/{eventId}/redeliver',
  summary: 'Sends a logged event to the endpoint again (with the same webhook-id), through the same retries.',
  tag: 'Integrations',
  handler: 'functions/integrations/redeliver-webhook.ts',
  auth: 'user',
  permission: 'integrations:manage',
  request: { params: DeliveryParams },
  responses: {
    202: { description: 'Pending: it is sent within seconds.', body: Redelivery },
    404: { description: 'No such subscription, or the event was never sent to it.' },
    409: { description: 'A delivery of this event is pending already.' },
  },
  grants: { table: 'readWrite' },
});
