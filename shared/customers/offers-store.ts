import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Offer } from '#shared/customers/catalog';
import { keys } from '#shared/platform/keys';
import { db, putAll, tableName } from '#shared/platform/table';

/** Access pattern: the catalogue (one small partition). */
export async function listOfferRecords(): Promise<Offer[]> {
  const result = await db.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': 'CATALOG' },
    }),
  );
  return (result.Items ?? []).map(({ offerId, name, prices, maxQuantity }) => ({
    offerId,
    name,
    prices,
    maxQuantity,
  })) as Offer[];
}

export async function getOfferRecord(offerId: string): Promise<Offer | undefined> {
  const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: keys.offer(offerId) }));
  return Item
    ? ({ offerId: Item.offerId, name: Item.name, prices: Item.prices, maxQuantity: Item.maxQuantity } as Offer)
    : undefined;
}

export async function putOffers(offers: Offer[]): Promise<number> {
  return putAll(offers.map((offer) => ({ ...keys.offer(offer.offerId), entity: 'Offer', ...offer })));
}
