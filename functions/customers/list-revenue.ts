import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { listRevenue } from '#shared/customers/routes';
import { httpHandler, reply } from '#shared/http/handler';
import { db, tableName } from '#shared/platform/table';

/** Access pattern: a reseller of record's revenue of one month (one Query on `REVENUE#<month>`). */
export const handler = httpHandler(listRevenue, async ({ query, caller }) => {
  const result = await db.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': `ORG#${caller.organizationId}`, ':prefix': `REVENUE#${query.month}#` },
    }),
  );
  const orders = (result.Items ?? []).map(({ orderId, customerId, amount, currency, usd, date }) => ({
    orderId,
    customerId,
    amount,
    currency,
    usd,
    date,
  }));
  return reply.ok({
    month: query.month,
    totalUsd: Math.round(orders.reduce((sum, o) => sum + Number(o.usd), 0) * 100) / 100,
    orders,
  });
});
