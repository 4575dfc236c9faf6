import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from '#shared/platform/table';

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
}

/** Access pattern: a customer's subscriptions (one Query on its partition). */
export async function listSubscriptionRecords(customerId: string): Promise<SubscriptionRecord[]> {
  const result = await db.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': `ORG#${customerId}`, ':prefix': 'SUB#' },
    }),
  );
  return (result.Items ?? []).map(
    ({
      subscriptionId,
      customerId: c,
      offerId,
      offerName,
      quantity,
      assigned,
      currency,
      resellerOfRecord,
      status,
      createdAt,
    }) => ({
      subscriptionId,
      customerId: c,
      offerId,
      offerName,
      quantity,
      assigned,
      currency,
      resellerOfRecord,
      status,
      createdAt,
    }),
  ) as SubscriptionRecord[];
}
