import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { customerEvents } from '#shared/customers/events';
import { decodeCursor, encodeCursor } from '#shared/platform/cursor';
import { defineEntity } from '#shared/platform/entity';
import { ConflictError } from '#shared/platform/errors';
import { pick } from '#shared/platform/pick';
import { db, queryAll, tableName, transact } from '#shared/platform/table';
import { memberEntity } from '#shared/users/organizations-store';

export const subscriptionEntity = defineEntity({
  name: 'Subscription',
  key: { pk: 'ORG#{customerId}', sk: 'SUB#{subscriptionId}' },
  patterns: ["a customer's subscriptions: Query begins_with SUB#"],
});

export interface SubscriptionRecord {
  subscriptionId: string;
  customerId: string;
  offerId: string;
  offerName: string;
  quantity: number;
  assigned: number;
  currency: string;
  resellerOfRecord: string;
  status: 'Active' | 'Suspended';
  createdAt: string;
  /** Grows with every change (licenses, status, assignments): the ETag that If-Match takes. */
  version: number;
}

/** Every write of a subscription moves its version on (an item written before versions counts as 1). */
export const nextVersion = 'version = if_not_exists(version, :firstVersion) + :versionStep';
export const nextVersionValues = { ':firstVersion': 1, ':versionStep': 1 };

/** Access pattern: a customer's subscriptions (a Query on its partition, every page). */
export async function listSubscriptionRecords(
  customerId: string,
  /** Only the sales of this reseller of record: what one partner sold is its own (and its provider's). */
  of?: { resellerOfRecord: string },
): Promise<SubscriptionRecord[]> {
  const items = await queryAll({
    TableName: tableName,
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ...(of ? { FilterExpression: 'resellerOfRecord = :ror' } : {}),
    ExpressionAttributeValues: {
      ':pk': subscriptionEntity.partition({ customerId }),
      ':prefix': subscriptionEntity.sortPrefix(),
      ...(of ? { ':ror': of.resellerOfRecord } : {}),
    },
  });
  return items.map(toSubscription);
}

const subscriptionFields = [
  'subscriptionId',
  'customerId',
  'offerId',
  'offerName',
  'quantity',
  'assigned',
  'currency',
  'resellerOfRecord',
  'status',
  'createdAt',
] as const satisfies readonly (keyof SubscriptionRecord)[];

/** A subscription's stored item (from a Query or a BatchGet) as the record. */
export function toSubscription(item: Record<string, unknown>): SubscriptionRecord {
  return { ...pick(item as unknown as SubscriptionRecord, subscriptionFields), version: Number(item.version ?? 1) };
}

/** Access pattern: a customer's subscriptions, from every partner, a page at a time (its own view). */
export async function listSubscriptionPage(customerId: string, options: { limit: number; cursor?: string }) {
  const result = await db.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: {
        ':pk': subscriptionEntity.partition({ customerId }),
        ':prefix': subscriptionEntity.sortPrefix(),
      },
      Limit: options.limit,
      ExclusiveStartKey: decodeCursor(options.cursor),
    }),
  );
  return {
    items: (result.Items ?? []).map(toSubscription),
    nextCursor: encodeCursor(result.LastEvaluatedKey),
  };
}

/**
 * Assigns or removes one license of a subscription: the user's set of licenses and the subscription's count
 * change in one transaction. A user holds at most one license of a subscription (a string set, added to only when
 * absent), so the count is the number of holders whatever the retries or races.
 */
export async function changeLicense(
  customerId: string,
  subscriptionId: string,
  userId: string,
  assign: boolean,
  /** Only a subscription this reseller of record sold. */
  resellerOfRecord: string,
): Promise<void> {
  await transact(
    [
      {
        Update: {
          TableName: tableName,
          Key: memberEntity.key({ userId }),
          UpdateExpression: `${assign ? 'ADD' : 'DELETE'} licenses :one SET version = version + :inc`,
          ConditionExpression: assign
            ? 'organizationId = :customer AND NOT contains(licenses, :sub)'
            : 'organizationId = :customer AND contains(licenses, :sub)',
          ExpressionAttributeValues: {
            ':one': new Set([subscriptionId]),
            ':sub': subscriptionId,
            ':customer': customerId,
            ':inc': 1,
          },
        },
      },
      {
        Update: {
          TableName: tableName,
          Key: subscriptionEntity.key({ customerId, subscriptionId }),
          UpdateExpression: `SET assigned = assigned + :delta, ${nextVersion}`,
          // a suspended subscription keeps its licenses but takes no new assignment
          ConditionExpression: assign
            ? 'attribute_exists(pk) AND resellerOfRecord = :ror AND assigned < quantity AND #status = :active'
            : 'attribute_exists(pk) AND resellerOfRecord = :ror AND assigned > :zero',
          ...(assign ? { ExpressionAttributeNames: { '#status': 'status' } } : {}),
          ExpressionAttributeValues: assign
            ? { ':delta': 1, ':ror': resellerOfRecord, ':active': 'Active', ...nextVersionValues }
            : { ':delta': -1, ':zero': 0, ':ror': resellerOfRecord, ...nextVersionValues },
        },
      },
    ],
    (index) =>
      index === 0
        ? new ConflictError(assign ? 'The user already has this license.' : 'The user does not have this license.')
        : new ConflictError(
            assign
              ? 'No license of that subscription is left to assign (or it is suspended, or not one your organization sold).'
              : 'That subscription is not one your organization sold.',
          ),
  );
}

/** Access pattern: one of a customer's subscriptions (consistent GetItem). */
export async function getSubscriptionRecord(
  customerId: string,
  subscriptionId: string,
): Promise<SubscriptionRecord | undefined> {
  const { Item } = await db.send(
    new GetCommand({
      TableName: tableName,
      Key: subscriptionEntity.key({ customerId, subscriptionId }),
      ConsistentRead: true,
    }),
  );
  return Item ? toSubscription(Item) : undefined;
}

/**
 * A partner changes a subscription on the customer's behalf: fewer licenses (never fewer than are assigned),
 * suspended or reactivated; with the event that tells the customer. One write, conditional on what was read.
 */
export async function changeSubscription(
  subscription: SubscriptionRecord,
  change: { quantity: number } | { status: SubscriptionRecord['status'] },
  partnerId: string,
  correlationId: string,
): Promise<SubscriptionRecord> {
  const next = { ...subscription, ...change, version: subscription.version + 1 };
  const kind = 'quantity' in change ? 'QuantityReduced' : change.status === 'Suspended' ? 'Suspended' : 'Reactivated';
  await transact(
    [
      {
        Update: {
          TableName: tableName,
          Key: subscriptionEntity.key({
            customerId: subscription.customerId,
            subscriptionId: subscription.subscriptionId,
          }),
          UpdateExpression: `SET quantity = :q, #status = :status, ${nextVersion}`,
          // the version read: a change made meanwhile (an assignment too) makes this one refuse, not overwrite
          ConditionExpression: `resellerOfRecord = :ror AND quantity = :seenQ AND #status = :seenStatus AND assigned <= :q AND ${
            subscription.version === 1
              ? '(attribute_not_exists(version) OR version = :seenVersion)'
              : 'version = :seenVersion'
          }`,
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':q': next.quantity,
            ':status': next.status,
            ':ror': subscription.resellerOfRecord,
            ':seenQ': subscription.quantity,
            ':seenStatus': subscription.status,
            ':seenVersion': subscription.version,
            ...nextVersionValues,
          },
        },
      },
      customerEvents.put(
        'SubscriptionChanged',
        {
          customerId: subscription.customerId,
          subscriptionId: subscription.subscriptionId,
          partnerId,
          change: kind,
          quantity: next.quantity,
        },
        { organizationId: subscription.customerId, correlationId },
      ),
    ],
    () =>
      new ConflictError(
        'The subscription changed at the same moment (or more licenses are assigned than that): read it again.',
      ),
  );
  return next;
}
