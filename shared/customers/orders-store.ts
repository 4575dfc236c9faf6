import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { customerEvents } from '#shared/customers/events';
import { subscriptionEntity } from '#shared/customers/subscriptions-store';
import { defineEntity } from '#shared/platform/entity';
import { ConflictError } from '#shared/platform/errors';
import { db, type TransactItem, tableName, transact } from '#shared/platform/table';

export const orderEntity = defineEntity({
  name: 'Order',
  key: { pk: 'ORG#{customerId}', sk: 'ORDER#{orderId}' },
  patterns: ["a customer's orders: Query begins_with ORDER#"],
});

/** The revenue the direct-bill rules read: the reseller of record's, by month. */
export const revenueEntity = defineEntity({
  name: 'Revenue',
  key: { pk: 'ORG#{partnerId}', sk: 'REVENUE#{month}#{orderId}' },
  patterns: [
    "a partner's revenue of one month: Query begins_with REVENUE#<month>#",
    "a partner's revenue over a window of months: Query BETWEEN",
    "a partner's first revenue: Query Limit 1",
  ],
});

export interface OrderLine {
  subscriptionId: string;
  offerId: string;
  quantity: number;
  unitPrice: number;
  amount: number;
}

export interface Order {
  orderId: string;
  customerId: string;
  submittedBy: string;
  resellerOfRecord: string;
  currency: string;
  total: number;
  totalUsd: number;
  lineItems: OrderLine[];
  createdAt: string;
}

export interface NewSubscription {
  subscriptionId: string;
  offerId: string;
  offerName: string;
  quantity: number;
  maxQuantity: number;
}

/**
 * Records an order in one transaction: its new subscriptions, the quantities added to existing ones (each
 * conditional on staying within the offer's limit), the order, the revenue of the reseller of record, and
 * the event. A line that no longer fits answers 409 naming it; nothing is written.
 */
export async function placeOrder(
  order: Order,
  changes: { created: NewSubscription[]; added: { subscriptionId: string; add: number; maxQuantity: number }[] },
  correlationId: string,
): Promise<void> {
  const items: TransactItem[] = [
    ...changes.created.map(
      (subscription): TransactItem => ({
        Put: {
          TableName: tableName,
          Item: {
            ...subscriptionEntity.key({ customerId: order.customerId, subscriptionId: subscription.subscriptionId }),
            entity: 'Subscription',
            ...subscription,
            customerId: order.customerId,
            assigned: 0,
            currency: order.currency,
            resellerOfRecord: order.resellerOfRecord,
            status: 'Active',
            createdAt: order.createdAt,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      }),
    ),
    ...changes.added.map(
      (line): TransactItem => ({
        Update: {
          TableName: tableName,
          Key: subscriptionEntity.key({ customerId: order.customerId, subscriptionId: line.subscriptionId }),
          UpdateExpression: 'SET quantity = quantity + :n',
          // conditions cannot add: the quantity before must leave room for what is added
          ConditionExpression: 'quantity <= :room AND resellerOfRecord = :ror AND #status = :active',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':n': line.add,
            ':room': line.maxQuantity - line.add,
            ':ror': order.resellerOfRecord,
            ':active': 'Active',
          },
        },
      }),
    ),
    {
      Put: {
        TableName: tableName,
        Item: {
          ...orderEntity.key({ customerId: order.customerId, orderId: order.orderId }),
          entity: 'Order',
          ...order,
        },
      },
    },
    {
      Put: {
        TableName: tableName,
        Item: {
          ...revenueEntity.key({
            partnerId: order.resellerOfRecord,
            month: order.createdAt.slice(0, 7),
            orderId: order.orderId,
          }),
          entity: 'Revenue',
          orderId: order.orderId,
          customerId: order.customerId,
          amount: order.total,
          currency: order.currency,
          usd: order.totalUsd,
          date: order.createdAt,
        },
      },
    },
    customerEvents.put(
      'OrderSubmitted',
      {
        orderId: order.orderId,
        customerId: order.customerId,
        resellerOfRecord: order.resellerOfRecord,
        totalUsd: order.totalUsd,
      },
      { organizationId: order.submittedBy, correlationId },
    ),
  ];
  await transact(
    items,
    (index) =>
      new ConflictError(
        `Line ${index + 1} of the order could not be applied (a subscription at its limit, or changed meanwhile).`,
      ),
  );
}

export interface RevenueRecord {
  orderId: string;
  customerId: string;
  amount: number;
  currency: string;
  usd: number;
  date: string;
}

/** Access pattern: a partner's revenue of one month (one Query on `REVENUE#<month>#`). */
export async function listMonthRevenue(partnerId: string, month: string): Promise<RevenueRecord[]> {
  const result = await db.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: {
        ':pk': revenueEntity.partition({ partnerId }),
        ':prefix': revenueEntity.sortPrefix({ month }),
      },
    }),
  );
  return (result.Items ?? []).map(({ orderId, customerId, amount, currency, usd, date }) => ({
    orderId,
    customerId,
    amount,
    currency,
    usd,
    date,
  })) as RevenueRecord[];
}

/** Access pattern: a partner's revenue by month over `months` (newest first), and its first revenue date. */
export async function revenueByMonth(
  partnerId: string,
  months: readonly string[],
): Promise<{ byMonth: Record<string, number>; firstTransactionAt?: string }> {
  const newest = months[0]!;
  const oldest = months[months.length - 1]!;
  const windowItems = async () => {
    // every page: a partner with many orders a month is counted in full
    const items: Record<string, unknown>[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await db.send(
        new QueryCommand({
          TableName: tableName,
          KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
          ExpressionAttributeValues: {
            ':pk': revenueEntity.partition({ partnerId }),
            ':from': revenueEntity.sortPrefix({ month: oldest }),
            ':to': `${revenueEntity.sortPrefix({ month: newest })}~`,
          },
          ProjectionExpression: 'sk, usd',
          ExclusiveStartKey: start,
        }),
      );
      items.push(...(page.Items ?? []));
      start = page.LastEvaluatedKey;
    } while (start);
    return items;
  };
  const [windowed, first] = await Promise.all([
    windowItems(),
    db.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :rev)',
        ExpressionAttributeValues: {
          ':pk': revenueEntity.partition({ partnerId }),
          ':rev': revenueEntity.sortPrefix(),
        },
        Limit: 1,
        ProjectionExpression: 'sk, #date',
        ExpressionAttributeNames: { '#date': 'date' },
      }),
    ),
  ]);
  const byMonth: Record<string, number> = {};
  const prefix = revenueEntity.sortPrefix();
  for (const item of windowed) {
    const month = String(item.sk).slice(prefix.length, prefix.length + 7);
    byMonth[month] = (byMonth[month] ?? 0) + Number(item.usd);
  }
  return { byMonth, firstTransactionAt: first.Items?.[0]?.date as string | undefined };
}
