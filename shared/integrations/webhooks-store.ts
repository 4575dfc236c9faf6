import { GetCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { integrationEvents } from '#shared/integrations/events';
import { clock } from '#shared/platform/clock';
import { decodeCursor, encodeCursor } from '#shared/platform/cursor';
import { defineEntity } from '#shared/platform/entity';
import { ConflictError, NotFoundError, ValidationError } from '#shared/platform/errors';
import { pick } from '#shared/platform/pick';
import { db, isConditionFailed, tableName, transact } from '#shared/platform/table';

export const webhookSubscriptionEntity = defineEntity({
  name: 'WebhookSubscription',
  key: { pk: 'ORG#{organizationId}', sk: 'WEBHOOK#{subscriptionId}' },
  patterns: [
    "an organization's webhook subscription: GetItem",
    "an organization's webhook subscriptions (at most 10): Query begins_with WEBHOOK#",
  ],
});

/** How many subscriptions an organization holds: the cap's guard, changed in the transactions that add and remove. */
export const webhookCountEntity = defineEntity({
  name: 'WebhookSubscriptionCount',
  key: { pk: 'ORG#{organizationId}', sk: 'WEBHOOKS' },
  patterns: ['the subscription cap: conditional Update in the transaction that adds one'],
});

export const webhookDeliveryEntity = defineEntity({
  name: 'WebhookDelivery',
  key: { pk: 'WEBHOOK#{subscriptionId}', sk: 'DELIVERY#{occurredAt}#{eventId}' },
  patterns: [
    'one event sent to one endpoint, with its attempts: GetItem (written once by the fan-out, conditionally)',
    "a subscription's delivery log, newest first: Query",
  ],
});

/** At most this many endpoints per organization. */
export const subscriptionLimit = 10;

export interface WebhookSubscription {
  subscriptionId: string;
  organizationId: string;
  url: string;
  /** Event types sent, or `*` for all. */
  eventTypes: string[];
  description?: string;
  /** The Standard Webhooks signing secret (`whsec_…`): shown once, at creation. */
  secret: string;
  createdAt: string;
  createdBy: string;
}

export interface WebhookDelivery {
  subscriptionId: string;
  eventId: string;
  eventType: string;
  occurredAt: string;
  status: 'Pending' | 'Delivered' | 'Failing' | 'Cancelled';
  attempts: number;
  lastAttemptAt?: string;
  lastResponseStatus?: number;
  lastError?: string;
  deliveredAt?: string;
}

export const toSubscriptionView = (subscription: WebhookSubscription) =>
  pick(subscription, ['subscriptionId', 'url', 'eventTypes', 'description', 'createdAt', 'createdBy']);

export const toDeliveryView = (delivery: WebhookDelivery) =>
  pick(delivery, [
    'eventId',
    'eventType',
    'occurredAt',
    'status',
    'attempts',
    'lastAttemptAt',
    'lastResponseStatus',
    'lastError',
    'deliveredAt',
  ]);

/** Access pattern: an organization's subscriptions (one Query of its partition). */
export async function listSubscriptions(organizationId: string): Promise<WebhookSubscription[]> {
  const { Items } = await db.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: {
        ':pk': webhookSubscriptionEntity.partition({ organizationId }),
        ':prefix': webhookSubscriptionEntity.sortPrefix(),
      },
    }),
  );
  return (Items ?? []) as WebhookSubscription[];
}

export async function getSubscription(
  organizationId: string,
  subscriptionId: string,
): Promise<WebhookSubscription | undefined> {
  const { Item } = await db.send(
    new GetCommand({
      TableName: tableName,
      Key: webhookSubscriptionEntity.key({ organizationId, subscriptionId }),
      ConsistentRead: true,
    }),
  );
  return Item as WebhookSubscription | undefined;
}

export async function requireSubscription(organizationId: string, subscriptionId: string) {
  const subscription = await getSubscription(organizationId, subscriptionId);
  if (!subscription) throw new NotFoundError('No such webhook subscription.');
  return subscription;
}

/**
 * A new subscription and its event, in one transaction. The organization's count item caps endpoints at
 * `subscriptionLimit`, so concurrent creations cannot exceed it.
 */
export async function insertSubscription(subscription: WebhookSubscription, correlationId: string): Promise<void> {
  const { organizationId, subscriptionId } = subscription;
  await transact(
    [
      {
        Update: {
          TableName: tableName,
          Key: webhookCountEntity.key({ organizationId }),
          UpdateExpression: 'ADD subscriptions :one',
          ConditionExpression: 'attribute_not_exists(subscriptions) OR subscriptions < :limit',
          ExpressionAttributeValues: { ':one': 1, ':limit': subscriptionLimit },
        },
      },
      {
        Put: {
          TableName: tableName,
          Item: {
            ...webhookSubscriptionEntity.key({ organizationId, subscriptionId }),
            entity: 'WebhookSubscription',
            ...subscription,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      integrationEvents.put(
        'WebhookSubscriptionCreated',
        { subscriptionId, url: subscription.url, eventTypes: subscription.eventTypes },
        { organizationId, correlationId },
      ),
    ],
    (index) =>
      index === 0
        ? new ConflictError(`An organization has at most ${subscriptionLimit} webhook subscriptions.`, {
            limit: subscriptionLimit,
          })
        : new ConflictError('This subscription exists already.'),
  );
}

export async function deleteSubscription(
  organizationId: string,
  subscriptionId: string,
  correlationId: string,
): Promise<void> {
  await transact(
    [
      {
        Delete: {
          TableName: tableName,
          Key: webhookSubscriptionEntity.key({ organizationId, subscriptionId }),
          ConditionExpression: 'attribute_exists(pk)',
        },
      },
      {
        Update: {
          TableName: tableName,
          Key: webhookCountEntity.key({ organizationId }),
          UpdateExpression: 'ADD subscriptions :minus',
          ExpressionAttributeValues: { ':minus': -1 },
        },
      },
      integrationEvents.put('WebhookSubscriptionDeleted', { subscriptionId }, { organizationId, correlationId }),
    ],
    () => new NotFoundError('No such webhook subscription.'),
  );
}

/**
 * Schedules one event for one endpoint: the delivery log item and the `WebhookDeliveryDue` event, in one
 * transaction, at most once per event and endpoint (a fan-out run again writes nothing). False when it existed.
 */
export async function scheduleDelivery(
  subscription: WebhookSubscription,
  event: { eventId: string; type: string; occurredAt: string },
  correlationId?: string,
): Promise<boolean> {
  const delivery: WebhookDelivery = {
    subscriptionId: subscription.subscriptionId,
    eventId: event.eventId,
    eventType: event.type,
    occurredAt: event.occurredAt,
    status: 'Pending',
    attempts: 0,
  };
  try {
    await transact(
      [
        {
          Put: {
            TableName: tableName,
            Item: { ...deliveryKey(delivery), entity: 'WebhookDelivery', ...delivery },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        integrationEvents.put(
          'WebhookDeliveryDue',
          {
            subscriptionId: subscription.subscriptionId,
            eventId: event.eventId,
            occurredAt: event.occurredAt,
            attempt: 'First',
          },
          { organizationId: subscription.organizationId, correlationId },
        ),
      ],
      () => new ConflictError('scheduled already'),
    );
    return true;
  } catch (error) {
    if (error instanceof ConflictError) return false;
    throw error;
  }
}

/** Asks for one more delivery of a logged event (its log item back to Pending, and a new delivery event). */
export async function scheduleRedelivery(
  subscription: WebhookSubscription,
  delivery: WebhookDelivery,
  correlationId: string,
): Promise<void> {
  await transact(
    [
      {
        Update: {
          TableName: tableName,
          Key: deliveryKey(delivery),
          UpdateExpression: 'SET #status = :pending',
          ConditionExpression: 'attribute_exists(pk) AND #status <> :pending',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':pending': 'Pending' },
        },
      },
      integrationEvents.put(
        'WebhookDeliveryDue',
        {
          subscriptionId: subscription.subscriptionId,
          eventId: delivery.eventId,
          occurredAt: delivery.occurredAt,
          attempt: 'Redelivery',
        },
        { organizationId: subscription.organizationId, correlationId },
      ),
    ],
    () => new ConflictError('A delivery of this event is pending already.', { status: 'Pending' }),
  );
}

const deliveryKey = (delivery: Pick<WebhookDelivery, 'subscriptionId' | 'occurredAt' | 'eventId'>) =>
  webhookDeliveryEntity.key(delivery);

export async function getDelivery(
  subscriptionId: string,
  occurredAt: string,
  eventId: string,
): Promise<WebhookDelivery | undefined> {
  const { Item } = await db.send(
    new GetCommand({
      TableName: tableName,
      Key: deliveryKey({ subscriptionId, occurredAt, eventId }),
      ConsistentRead: true,
    }),
  );
  return Item as WebhookDelivery | undefined;
}

/** Records one attempt on the log item: its outcome, and the status it leaves. */
export async function recordAttempt(
  delivery: Pick<WebhookDelivery, 'subscriptionId' | 'occurredAt' | 'eventId'>,
  outcome: { status: WebhookDelivery['status']; responseStatus?: number; error?: string },
): Promise<void> {
  const now = clock.nowIso();
  try {
    await db.send(
      new UpdateCommand({
        TableName: tableName,
        Key: deliveryKey(delivery),
        UpdateExpression: `SET #status = :status, lastAttemptAt = :now${outcome.status === 'Delivered' ? ', deliveredAt = :now' : ''}${
          outcome.responseStatus === undefined ? '' : ', lastResponseStatus = :code'
        }${outcome.error === undefined ? ' REMOVE lastError' : ', lastError = :error'} ADD attempts :one`,
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':status': outcome.status,
          ':now': now,
          ':one': outcome.status === 'Cancelled' ? 0 : 1,
          ...(outcome.responseStatus === undefined ? {} : { ':code': outcome.responseStatus }),
          ...(outcome.error === undefined ? {} : { ':error': outcome.error.slice(0, 300) }),
        },
      }),
    );
  } catch (error) {
    if (!isConditionFailed(error)) throw error;
  }
}

/** Access pattern: a subscription's deliveries, newest first, a page at a time. */
export async function listDeliveries(subscriptionId: string, options: { limit: number; cursor?: string }) {
  const start = decodeCursor(options.cursor);
  const partition = webhookDeliveryEntity.partition({ subscriptionId });
  if (start && start.pk !== partition)
    throw new ValidationError([{ in: 'query', field: 'cursor', message: 'is not a cursor of this list' }]);
  const result = await db.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': partition, ':prefix': webhookDeliveryEntity.sortPrefix() },
      ScanIndexForward: false,
      Limit: options.limit,
      ExclusiveStartKey: start,
    }),
  );
  return { items: (result.Items ?? []) as WebhookDelivery[], nextCursor: encodeCursor(result.LastEvaluatedKey) };
}
