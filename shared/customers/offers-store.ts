import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Offer } from '#shared/customers/catalog';
import { defineEntity } from '#shared/platform/entity';
import { db, putAll, tableName } from '#shared/platform/table';

const offerEntity = defineEntity({
  name: 'Offer',
  key: { pk: 'CATALOG', sk: 'OFFER#{offerId}' },
  patterns: ['an offer: GetItem', 'the catalogue: Query the CATALOG partition'],
});

/** Access pattern: the catalogue (one small partition). */
export async function listOfferRecords(): Promise<Offer[]> {
  const result = await db.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': offerEntity.partition({}) },
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
  const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: offerEntity.key({ offerId }) }));
  return Item
    ? ({ offerId: Item.offerId, name: Item.name, prices: Item.prices, maxQuantity: Item.maxQuantity } as Offer)
    : undefined;
}

export async function putOffers(offers: Offer[]): Promise<number> {
  return putAll(offers.map((offer) => ({ ...offerEntity.key({ offerId: offer.offerId }), entity: 'Offer', ...offer })));
}
