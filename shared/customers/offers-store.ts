import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Offer } from '#shared/customers/catalog';
import { defineEntity } from '#shared/platform/entity';
import { db, putAll, queryAll, tableName } from '#shared/platform/table';

export const offerEntity = defineEntity({
  name: 'Offer',
  key: { pk: 'CATALOG', sk: 'OFFER#{offerId}' },
  patterns: ['an offer: GetItem', 'the catalogue: Query the CATALOG partition'],
});

/** Access pattern: the catalogue (one partition, every page of it). */
export async function listOfferRecords(): Promise<Offer[]> {
  const items = await queryAll({
    TableName: tableName,
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': offerEntity.partition({}) },
  });
  return items.map((item) => offerFromItem(item)!);
}

/** An offer's stored item (from a GetItem or a BatchGet) as the offer. */
export function offerFromItem(Item: Record<string, unknown> | undefined): Offer | undefined {
  return Item
    ? ({ offerId: Item.offerId, name: Item.name, prices: Item.prices, maxQuantity: Item.maxQuantity } as Offer)
    : undefined;
}

export async function getOfferRecord(offerId: string): Promise<Offer | undefined> {
  const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: offerEntity.key({ offerId }) }));
  return offerFromItem(Item);
}

export async function putOffers(offers: Offer[]): Promise<number> {
  return putAll(offers.map((offer) => ({ ...offerEntity.key({ offerId: offer.offerId }), entity: 'Offer', ...offer })));
}
