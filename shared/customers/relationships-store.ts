import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { decodeCursor, encodeCursor } from '#shared/platform/cursor';
import { ForbiddenError, NotFoundError } from '#shared/platform/errors';
import { keys } from '#shared/platform/keys';
import { db, type TransactItem, tableName } from '#shared/platform/table';

/** A partner's relationship with a customer, as the partner sees it (its Customers page). */
export interface CustomerRelationship {
  partnerId: string;
  customerId: string;
  customerName: string;
  domain?: string;
  country: string;
  role: 'Reseller' | 'IndirectProvider';
  state: 'Active' | 'Ended';
  delegatedAdmin: boolean;
  /** The other partner of a combined relationship (the provider for a reseller, the reseller for a provider). */
  sharedWith?: string;
  /** Who is reseller of record for this customer's orders through this relationship. */
  resellerOfRecord: string;
  since: string;
  via: 'Invitation' | 'Import';
  note?: string;
}

/** The same relationship as the customer sees it (its consent ledger). */
export interface PartnerOnTenant {
  customerId: string;
  partnerId: string;
  partnerName: string;
  role: 'Reseller' | 'IndirectProvider';
  delegatedAdmin: boolean;
  since: string;
  state: 'Active' | 'Ended';
}

export function relationshipItems(relationship: CustomerRelationship, partnerName: string): TransactItem[] {
  const ledger: PartnerOnTenant = {
    customerId: relationship.customerId,
    partnerId: relationship.partnerId,
    partnerName,
    role: relationship.role,
    delegatedAdmin: relationship.delegatedAdmin,
    since: relationship.since,
    state: 'Active',
  };
  return [
    {
      Put: {
        TableName: tableName,
        Item: {
          ...keys.customerRelationship(relationship.partnerId, relationship.customerId),
          entity: 'CustomerRelationship',
          ...relationship,
          searchText: `${relationship.customerName} ${relationship.domain ?? ''}`.toLowerCase(),
        },
        ConditionExpression: 'attribute_not_exists(pk) OR #state = :ended',
        ExpressionAttributeNames: { '#state': 'state' },
        ExpressionAttributeValues: { ':ended': 'Ended' },
      },
    },
    {
      Put: {
        TableName: tableName,
        Item: {
          ...keys.partnerOnTenant(relationship.customerId, relationship.partnerId),
          entity: 'PartnerOnTenant',
          ...ledger,
        },
      },
    },
  ];
}

/** Sets the delegated-admin flag on both views of one relationship (and a note on the partner's view). */
export function delegatedAdminFlagItems(
  partnerId: string,
  customerId: string,
  value: boolean,
  note?: string,
): TransactItem[] {
  const update = (key: { pk: string; sk: string }, withNote: boolean): TransactItem => ({
    Update: {
      TableName: tableName,
      Key: key,
      UpdateExpression: withNote ? 'SET delegatedAdmin = :v, note = :note' : 'SET delegatedAdmin = :v',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeValues: withNote ? { ':v': value, ':note': note } : { ':v': value },
    },
  });
  return [
    update(keys.customerRelationship(partnerId, customerId), note !== undefined),
    update(keys.partnerOnTenant(customerId, partnerId), false),
  ];
}

/** Access pattern: who holds delegated admin on a customer's tenant (one item: one holder at most). */
export async function delegatedAdminHolder(customerId: string): Promise<string | undefined> {
  const { Item } = await db.send(
    new GetCommand({ TableName: tableName, Key: keys.delegatedAdmin(customerId), ConsistentRead: true }),
  );
  return Item?.holderId as string | undefined;
}

/** Access pattern: the caller's relationship with a customer; none answers 404 (as if the customer did not exist). */
export async function getRelationship(partnerId: string, customerId: string): Promise<CustomerRelationship> {
  const { Item } = await db.send(
    new GetCommand({
      TableName: tableName,
      Key: keys.customerRelationship(partnerId, customerId),
      ConsistentRead: true,
    }),
  );
  if (Item?.state !== 'Active') throw new NotFoundError('No such customer.');
  return Item as CustomerRelationship;
}

/** Administering on behalf of a customer needs the relationship and its delegated admin permission. */
export async function requireDelegatedAdmin(partnerId: string, customerId: string): Promise<CustomerRelationship> {
  const relationship = await getRelationship(partnerId, customerId);
  if (!relationship.delegatedAdmin) {
    throw new ForbiddenError(
      'Your organization does not hold admin permissions for this customer: ask the customer to grant them (a relationship request with delegated admin).',
      {
        missing: 'delegatedAdmin',
      },
    );
  }
  return relationship;
}

/** Access pattern: a partner's customers, searchable by name or domain (one Query on its partition). */
export async function listRelationships(partnerId: string, options: { q?: string; limit: number; cursor?: string }) {
  const q = options.q?.trim().toLowerCase();
  const result = await db.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      FilterExpression: q ? '#state = :active AND contains(searchText, :q)' : '#state = :active',
      ExpressionAttributeNames: { '#state': 'state' },
      ExpressionAttributeValues: {
        ':pk': `ORG#${partnerId}`,
        ':prefix': 'CUSTOMER#',
        ':active': 'Active',
        ...(q ? { ':q': q } : {}),
      },
      Limit: options.limit,
      ExclusiveStartKey: decodeCursor(options.cursor),
    }),
  );
  return { items: (result.Items ?? []) as CustomerRelationship[], nextCursor: encodeCursor(result.LastEvaluatedKey) };
}

/** Access pattern: every partner on a customer's tenant (its consent ledger). */
export async function listPartnersOnTenant(customerId: string): Promise<PartnerOnTenant[]> {
  const result = await db.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': `ORG#${customerId}`, ':prefix': 'PARTNER#' },
    }),
  );
  return (result.Items ?? []) as PartnerOnTenant[];
}
