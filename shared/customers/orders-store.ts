import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { customerEvents } from '#shared/customers/events';
import { nextVersion, nextVersionValues, subscriptionEntity } from '#shared/customers/subscriptions-store';
import { decodeCursor, encodeCursor } from '#shared/platform/cursor';
import { defineEntity } from '#shared/platform/entity';
import { ConflictError } from '#shared/platform/errors';
import { db, type TransactItem, tableName, transact } from '#shared/platform/table';

export const orderEntity = defineEntity({
  name: 'Order',
  key: { pk: 'ORG#{customerId}', sk: 'ORDER#{orderId}' },
  patterns: ["a customer's orders: Query begins_with ORDER#"],
});

/** Each order's revenue for the reseller of record (the partner's revenue report lists them by month). */
export const revenueEntity = defineEntity({
  name: 'Revenue',
  key: { pk: 'ORG#{partnerId}', sk: 'REVENUE#{month}#{orderId}' },
  patterns: ["a partner's revenue of one month: Query begins_with REVENUE#<month>#, paged"],
});

/**
 * The revenue the direct-bill rules read, pre-aggregated: one item per partner, a number attribute per month
 * (`usd#yyyy-mm`) that each order's transaction adds to, and the date of its first order. DynamoDB adds
 * decimals exactly, so the sum is the orders' sum however many there are, and an evaluation reads one item.
 */
export const revenueSummaryEntity = defineEntity({
  name: 'RevenueSummary',
  key: { pk: 'ORG#{partnerId}', sk: 'REVENUE_BY_MONTH' },
  patterns: ["a partner's revenue by month and first order: GetItem (in the evaluation's BatchGet)"],
});

const monthAttribute = (month: string) => `usd#${month}`;

/** The summary's update in an order's transaction: the month's sum grows by the order, the first date stays. */
export function revenueSummaryItem(partnerId: string, usd: number, date: string): TransactItem {
  return {
    Update: {
      TableName: tableName,
      Key: revenueSummaryEntity.key({ partnerId }),
      UpdateExpression:
        'SET entity = :entity, firstTransactionAt = if_not_exists(firstTransactionAt, :date) ADD #month :usd',
      ExpressionAttributeNames: { '#month': monthAttribute(date.slice(0, 7)) },
      ExpressionAttributeValues: { ':entity': 'RevenueSummary', ':date': date, ':usd': usd },
    },
  };
}

export interface RevenueByMonth {
  byMonth: Record<string, number>;
  firstTransactionAt?: string;
}

/** Reads a summary item (or its absence: no revenue yet) as the months of `months` and the first order's date. */
export function revenueFromSummary(
  item: Record<string, unknown> | undefined,
  months: readonly string[],
): RevenueByMonth {
  const byMonth: Record<string, number> = {};
  for (const month of months) {
    const usd = item?.[monthAttribute(month)];
    if (typeof usd === 'number') byMonth[month] = usd;
  }
  return { byMonth, firstTransactionAt: item?.firstTransactionAt as string | undefined };
}

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
            version: 1,
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
          UpdateExpression: `SET quantity = quantity + :n, ${nextVersion}`,
          // conditions cannot add: the quantity before must leave room for what is added
          ConditionExpression: 'quantity <= :room AND resellerOfRecord = :ror AND #status = :active',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':n': line.add,
            ':room': line.maxQuantity - line.add,
            ':ror': order.resellerOfRecord,
            ':active': 'Active',
            ...nextVersionValues,
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
    revenueSummaryItem(order.resellerOfRecord, order.totalUsd, order.createdAt),
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

/**
 * Access pattern: a partner's revenue of one month, a page of its orders (one Query on `REVENUE#<month>#`)
 * and, in the same round, the month's total from the summary.
 */
export async function listMonthRevenue(
  partnerId: string,
  month: string,
  page: { limit: number; cursor?: string },
): Promise<{ totalUsd: number; items: RevenueRecord[]; nextCursor?: string }> {
  const [result, summary] = await Promise.all([
    db.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: {
          ':pk': revenueEntity.partition({ partnerId }),
          ':prefix': revenueEntity.sortPrefix({ month }),
        },
        Limit: page.limit,
        ExclusiveStartKey: decodeCursor(page.cursor),
      }),
    ),
    db.send(new GetCommand({ TableName: tableName, Key: revenueSummaryEntity.key({ partnerId }) })),
  ]);
  const items = (result.Items ?? []).map(({ orderId, customerId, amount, currency, usd, date }) => ({
    orderId,
    customerId,
    amount,
    currency,
    usd,
    date,
  })) as RevenueRecord[];
  const totalUsd = revenueFromSummary(summary.Item, [month]).byMonth[month] ?? 0;
  return { totalUsd, items, nextCursor: encodeCursor(result.LastEvaluatedKey) };
}
