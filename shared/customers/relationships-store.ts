import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { customerEvents } from '#shared/customers/events';
import { clock } from '#shared/platform/clock';
import { decodeCursor, encodeCursor } from '#shared/platform/cursor';
import { defineEntity } from '#shared/platform/entity';
import { ConflictError, ForbiddenError, NotFoundError } from '#shared/platform/errors';
import { db, queryAll, type TransactItem, tableName, transact } from '#shared/platform/table';
import { importedOrganizationItem } from '#shared/users/organizations-store';

/** A partner's reseller relationship with a customer, as the partner sees it (its Customers page). */
export const relationshipEntity = defineEntity({
  name: 'CustomerRelationship',
  key: { pk: 'ORG#{partnerId}', sk: 'CUSTOMER#{customerId}' },
  patterns: ["a partner's relationship with a customer: GetItem", "a partner's customers: Query begins_with CUSTOMER#"],
});

/** The customer's own ledger of the partners on its tenant. */
export const partnerOnTenantEntity = defineEntity({
  name: 'PartnerOnTenant',
  key: { pk: 'ORG#{customerId}', sk: 'PARTNER#{partnerId}' },
  patterns: ["every partner on a customer's tenant: Query begins_with PARTNER#"],
});

/** The one holder of delegated admin on a customer's tenant. */
export const delegatedAdminEntity = defineEntity({
  name: 'DelegatedAdmin',
  key: { pk: 'ORG#{customerId}', sk: 'DELEGATED_ADMIN' },
  patterns: ["who holds delegated admin on a customer's tenant: GetItem (one item: one holder at most)"],
});

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
  /** What happened between the customer and this partner, oldest first (kept across an ended and renewed one). */
  history?: TenantHistoryEntry[];
}

export type TenantChange =
  | 'RelationshipAccepted'
  | 'Imported'
  | 'ProviderAdded'
  | 'DelegatedAdminGranted'
  | 'DelegatedAdminRemoved'
  | 'DelegatedAdminMoved';
export interface TenantHistoryEntry {
  at: string;
  change: TenantChange;
}

/** Appends to the customer's history of a partner on its tenant (in an Update's expression). */
const appendHistory = 'history = list_append(if_not_exists(history, :noHistory), :history)';

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
          ...relationshipEntity.key({ partnerId: relationship.partnerId, customerId: relationship.customerId }),
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
      // an Update, not a Put: a relationship renewed after it ended keeps its history
      Update: {
        TableName: tableName,
        Key: partnerOnTenantEntity.key({ customerId: relationship.customerId, partnerId: relationship.partnerId }),
        UpdateExpression: `SET entity = :entity, customerId = :customer, partnerId = :partner, partnerName = :name, #role = :role, delegatedAdmin = :admin, since = :since, #state = :active, ${appendHistory}`,
        ExpressionAttributeNames: { '#role': 'role', '#state': 'state' },
        ExpressionAttributeValues: {
          ':entity': 'PartnerOnTenant',
          ':customer': ledger.customerId,
          ':partner': ledger.partnerId,
          ':name': ledger.partnerName,
          ':role': ledger.role,
          ':admin': ledger.delegatedAdmin,
          ':since': ledger.since,
          ':active': 'Active',
          ':noHistory': [],
          ':history': [
            { at: ledger.since, change: relationship.via === 'Import' ? 'Imported' : 'RelationshipAccepted' },
            ...(ledger.delegatedAdmin ? [{ at: ledger.since, change: 'DelegatedAdminGranted' }] : []),
          ],
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
  /** Why, for the customer's history: a removal, or a move to another partner. */
  change: TenantChange = value ? 'DelegatedAdminGranted' : 'DelegatedAdminRemoved',
): TransactItem[] {
  return [
    {
      Update: {
        TableName: tableName,
        Key: relationshipEntity.key({ partnerId, customerId }),
        UpdateExpression: note !== undefined ? 'SET delegatedAdmin = :v, note = :note' : 'SET delegatedAdmin = :v',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: note !== undefined ? { ':v': value, ':note': note } : { ':v': value },
      },
    },
    {
      Update: {
        TableName: tableName,
        Key: partnerOnTenantEntity.key({ customerId, partnerId }),
        UpdateExpression: `SET delegatedAdmin = :v, ${appendHistory}`,
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: {
          ':v': value,
          ':noHistory': [],
          ':history': [{ at: clock.nowIso(), change }],
        },
      },
    },
  ];
}

/** Access pattern: who holds delegated admin on a customer's tenant (one item: one holder at most). */
export async function delegatedAdminHolder(customerId: string): Promise<string | undefined> {
  const { Item } = await db.send(
    new GetCommand({ TableName: tableName, Key: delegatedAdminEntity.key({ customerId }), ConsistentRead: true }),
  );
  return Item?.holderId as string | undefined;
}

/** Access pattern: the caller's relationship with a customer; none answers 404 (as if the customer did not exist). */
export async function getRelationship(partnerId: string, customerId: string): Promise<CustomerRelationship> {
  const { Item } = await db.send(
    new GetCommand({
      TableName: tableName,
      Key: relationshipEntity.key({ partnerId, customerId }),
      ConsistentRead: true,
    }),
  );
  if (Item?.state !== 'Active') throw new NotFoundError('No such customer.');
  return Item as CustomerRelationship;
}

/** Access pattern: a partner's active relationship with a customer, if any (strongly consistent GetItem). */
export async function findRelationship(
  partnerId: string,
  customerId: string,
): Promise<CustomerRelationship | undefined> {
  return getRelationship(partnerId, customerId).catch((error: unknown) => {
    if (error instanceof NotFoundError) return undefined;
    throw error;
  });
}

/**
 * Adds what a combined invitation brings to an existing relationship: the indirect provider it is shared with
 * and delegated admin, on both views, conditional on the relationship still being active and not shared with
 * another provider meanwhile.
 */
export function extendRelationshipItems(
  existing: CustomerRelationship,
  add: { providerId?: string; delegatedAdmin: boolean },
): TransactItem[] {
  const delegatedAdmin = existing.delegatedAdmin || add.delegatedAdmin;
  return [
    {
      Update: {
        TableName: tableName,
        Key: relationshipEntity.key({ partnerId: existing.partnerId, customerId: existing.customerId }),
        UpdateExpression: add.providerId
          ? 'SET delegatedAdmin = :admin, sharedWith = :provider REMOVE note'
          : 'SET delegatedAdmin = :admin REMOVE note',
        ConditionExpression: add.providerId
          ? '#state = :active AND (attribute_not_exists(sharedWith) OR sharedWith = :provider)'
          : '#state = :active',
        ExpressionAttributeNames: { '#state': 'state' },
        ExpressionAttributeValues: {
          ':admin': delegatedAdmin,
          ':active': 'Active',
          ...(add.providerId ? { ':provider': add.providerId } : {}),
        },
      },
    },
    {
      Update: {
        TableName: tableName,
        Key: partnerOnTenantEntity.key({ customerId: existing.customerId, partnerId: existing.partnerId }),
        UpdateExpression: `SET delegatedAdmin = :admin, ${appendHistory}`,
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: {
          ':admin': delegatedAdmin,
          ':noHistory': [],
          ':history': [
            ...(add.providerId ? [{ at: clock.nowIso(), change: 'ProviderAdded' }] : []),
            ...(add.delegatedAdmin && !existing.delegatedAdmin
              ? [{ at: clock.nowIso(), change: 'DelegatedAdminGranted' }]
              : []),
          ],
        },
      },
    },
  ];
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
        ':pk': relationshipEntity.partition({ partnerId }),
        ':prefix': relationshipEntity.sortPrefix(),
        ':active': 'Active',
        ...(q ? { ':q': q } : {}),
      },
      Limit: options.limit,
      ExclusiveStartKey: decodeCursor(options.cursor),
    }),
  );
  return { items: (result.Items ?? []) as CustomerRelationship[], nextCursor: encodeCursor(result.LastEvaluatedKey) };
}

/** Access pattern: every partner on a customer's tenant (its consent ledger), every page. */
export async function listPartnersOnTenant(customerId: string): Promise<PartnerOnTenant[]> {
  return (await queryAll({
    TableName: tableName,
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: {
      ':pk': partnerOnTenantEntity.partition({ customerId }),
      ':prefix': partnerOnTenantEntity.sortPrefix(),
    },
  })) as unknown as PartnerOnTenant[];
}

/** The customer's consent ledger: every partner on its tenant, and who holds delegated admin. */
export async function ledger(customerId: string) {
  const [partners, holder] = await Promise.all([listPartnersOnTenant(customerId), delegatedAdminHolder(customerId)]);
  return {
    items: partners.map(({ partnerId, partnerName, role, delegatedAdmin, since, state, history }) => ({
      partnerId,
      partnerName,
      role,
      delegatedAdmin,
      since,
      state,
      history: history ?? [],
      ...(delegatedAdmin ? { removeAdminAction: `/v1/customer-relationships/${partnerId}/remove-admin-access` } : {}),
    })),
    delegatedAdminHolder: holder,
  };
}

/**
 * The customer removes a partner's admin permissions (seed 002): the one-holder item goes, both views of the
 * relationship lose the flag (the partner's with a note that it stays bound to support), with the event.
 */
export async function removeDelegatedAdminRecord(
  customerId: string,
  partnerId: string,
  correlationId: string,
): Promise<void> {
  const note =
    'Admin permissions removed by the customer; the reseller remains bound to support the customer under its agreement.';
  await transact(
    [
      {
        Delete: {
          TableName: tableName,
          Key: delegatedAdminEntity.key({ customerId }),
          ConditionExpression: 'holderId = :partner',
          ExpressionAttributeValues: { ':partner': partnerId },
        },
      },
      ...delegatedAdminFlagItems(partnerId, customerId, false, note),
      customerEvents.put(
        'DelegatedAdminRemoved',
        { partnerId, customerId },
        { organizationId: customerId, correlationId },
      ),
    ],
    () => new ConflictError('Admin permissions changed at the same moment: look again.'),
  );
}

/** The transaction item that gives a partner delegated admin on a customer with no holder yet. */
export function delegatedAdminHolderPut(customerId: string, holderId: string, since: string): TransactItem {
  return {
    Put: {
      TableName: tableName,
      Item: { ...delegatedAdminEntity.key({ customerId }), entity: 'DelegatedAdmin', holderId, since },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  };
}

/** Access pattern: the caller's customers shared with a linked organization (a filtered Query of its customers). */
export async function listSharedRelationships(
  partnerId: string,
  otherId: string,
  options: { limit: number; cursor?: string },
) {
  const result = await db.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      FilterExpression: 'sharedWith = :other',
      ExpressionAttributeValues: {
        ':pk': relationshipEntity.partition({ partnerId }),
        ':prefix': relationshipEntity.sortPrefix(),
        ':other': otherId,
      },
      Limit: options.limit,
      ExclusiveStartKey: decodeCursor(options.cursor),
    }),
  );
  return { items: (result.Items ?? []) as CustomerRelationship[], nextCursor: encodeCursor(result.LastEvaluatedKey) };
}

/** The transaction item that moves delegated admin from its current holder to another (the customer's choice). */
export function moveDelegatedAdminItem(customerId: string, from: string, to: string, since: string): TransactItem {
  return {
    Update: {
      TableName: tableName,
      Key: delegatedAdminEntity.key({ customerId }),
      UpdateExpression: 'SET holderId = :new, since = :now',
      ConditionExpression: 'holderId = :old',
      ExpressionAttributeValues: { ':new': to, ':old': from, ':now': since },
    },
  };
}

/**
 * Imports a customer a partner already serves through other channels: the customer organization, both views
 * of the relationship, delegated admin when the partner holds it, and the event, in one transaction.
 */
export async function importCustomer(
  partner: { organizationId: string; legalName: string },
  customer: { customerId: string; legalName: string; country: string; domain?: string; delegatedAdmin: boolean },
  correlationId: string,
): Promise<void> {
  const now = clock.nowIso();
  await transact(
    [
      importedOrganizationItem({
        organizationId: customer.customerId,
        legalName: customer.legalName,
        country: customer.country,
        importedBy: partner.organizationId,
      }),
      ...relationshipItems(
        {
          partnerId: partner.organizationId,
          customerId: customer.customerId,
          customerName: customer.legalName,
          domain: customer.domain,
          country: customer.country,
          role: 'Reseller',
          state: 'Active',
          delegatedAdmin: customer.delegatedAdmin,
          resellerOfRecord: partner.organizationId,
          since: now,
          via: 'Import',
        },
        partner.legalName,
      ),
      ...(customer.delegatedAdmin ? [delegatedAdminHolderPut(customer.customerId, partner.organizationId, now)] : []),
      customerEvents.put(
        'CustomerImported',
        { partnerId: partner.organizationId, customerId: customer.customerId },
        { organizationId: partner.organizationId, correlationId },
      ),
    ],
    () => new NotFoundError('Could not import.'),
  );
}
