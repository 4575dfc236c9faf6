import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { type LinkChangeEvent, partnerEvents } from '#shared/partners/events';
import { type LinkMove, linkLifecycle } from '#shared/partners/lifecycle';
import { clock } from '#shared/platform/clock';
import { decodeCursor, encodeCursor } from '#shared/platform/cursor';
import { defineEntity } from '#shared/platform/entity';
import { ConflictError, NotFoundError } from '#shared/platform/errors';
import { db, type TransactItem, tableName, transact } from '#shared/platform/table';

/** One provider-reseller link, stored twice: the reseller's view (IsIndirectResellerOf) ... */
export const providerOfResellerEntity = defineEntity({
  name: 'ProviderLink (reseller side)',
  key: { pk: 'ORG#{resellerId}', sk: 'PROVIDER#{providerId}' },
  patterns: ["a reseller's providers: Query begins_with PROVIDER#", 'the link between two organizations: GetItem'],
});

/** ... and the provider's view (IsIndirectCloudSolutionProviderOf); both change in one transaction. */
export const resellerOfProviderEntity = defineEntity({
  name: 'ProviderLink (provider side)',
  key: { pk: 'ORG#{providerId}', sk: 'RESELLER#{resellerId}' },
  patterns: ["a provider's resellers: Query begins_with RESELLER#", 'the link between two organizations: GetItem'],
});

export type LinkState = 'Active' | 'Suspended' | 'Ended';

export interface PartyRef {
  organizationId: string;
  name: string;
  partnerId?: string;
  country: string;
}

/**
 * One provider-reseller link, stored twice (Partner Center's IsIndirectResellerOf and
 * IsIndirectCloudSolutionProviderOf: one edge read from both sides). Both items change in one transaction.
 */
export interface ProviderLink {
  provider: PartyRef;
  reseller: PartyRef;
  state: LinkState;
  /** What the reseller authorized (seed 000, "Connect with an indirect provider", note). */
  grants: { submitOrders: boolean; addSubscriptions: boolean; adminAccess: boolean };
  invitationId: string;
  createdAt: string;
  updatedAt: string;
  suspendedBy?: 'Provider' | 'Operator';
  version: number;
}

export const initialGrants = { submitOrders: true, addSubscriptions: true, adminAccess: true };

/** The two puts that create (or re-create, after an end) a link; a live link makes them fail. */
export function createLinkItems(link: ProviderLink): TransactItem[] {
  const put = (key: { pk: string; sk: string }, view: 'reseller' | 'provider'): TransactItem => ({
    Put: {
      TableName: tableName,
      Item: { ...key, entity: 'ProviderLink', view, ...link },
      ConditionExpression: 'attribute_not_exists(pk) OR #state = :ended',
      ExpressionAttributeNames: { '#state': 'state' },
      ExpressionAttributeValues: { ':ended': 'Ended' },
    },
  });
  return [
    put(
      providerOfResellerEntity.key({
        resellerId: link.reseller.organizationId,
        providerId: link.provider.organizationId,
      }),
      'reseller',
    ),
    put(
      resellerOfProviderEntity.key({
        providerId: link.provider.organizationId,
        resellerId: link.reseller.organizationId,
      }),
      'provider',
    ),
  ];
}

/** Access pattern: the link between the caller's organization and another, from the caller's side. */
/** The two keys a link between two partners may be found under, whichever side `callerId` is on. */
export function linkKeysBetween(callerId: string, otherId: string) {
  return {
    asReseller: providerOfResellerEntity.key({ resellerId: callerId, providerId: otherId }),
    asProvider: resellerOfProviderEntity.key({ providerId: callerId, resellerId: otherId }),
  };
}

export async function getLinkBetween(
  callerId: string,
  otherId: string,
): Promise<{ link: ProviderLink; side: 'reseller' | 'provider' } | undefined> {
  const [asReseller, asProvider] = await Promise.all([
    db.send(
      new GetCommand({
        TableName: tableName,
        Key: providerOfResellerEntity.key({ resellerId: callerId, providerId: otherId }),
        ConsistentRead: true,
      }),
    ),
    db.send(
      new GetCommand({
        TableName: tableName,
        Key: resellerOfProviderEntity.key({ providerId: callerId, resellerId: otherId }),
        ConsistentRead: true,
      }),
    ),
  ]);
  if (asReseller.Item) return { link: asReseller.Item as ProviderLink, side: 'reseller' };
  if (asProvider.Item) return { link: asProvider.Item as ProviderLink, side: 'provider' };
  return undefined;
}

export async function requireLink(
  callerId: string,
  otherId: string,
): Promise<{ link: ProviderLink; side: 'reseller' | 'provider' }> {
  const found = await getLinkBetween(callerId, otherId);
  if (!found) throw new NotFoundError('No link with this organization.');
  return found;
}

/**
 * Changes a link on both sides at once, conditional on the version read: of two concurrent changes one
 * lands, the other gets 409 with the state it found.
 */
export async function changeLink(
  link: ProviderLink,
  move: LinkMove,
  change: Partial<Pick<ProviderLink, 'grants' | 'suspendedBy'>>,
  event: { type: LinkChangeEvent; by: string },
  correlationId: string,
  organizationId: string,
): Promise<ProviderLink> {
  if (!linkLifecycle.allows(move, link.state)) {
    throw new ConflictError(`The link is ${link.state.toLowerCase()}: it cannot ${move}.`, { linkState: link.state });
  }
  const { to } = linkLifecycle.move(move);
  const next: ProviderLink = {
    ...link,
    ...change,
    state: to ?? link.state,
    updatedAt: clock.nowIso(),
    version: link.version + 1,
  };
  const update = (key: { pk: string; sk: string }): TransactItem => ({
    Update: {
      TableName: tableName,
      Key: key,
      UpdateExpression:
        'SET #state = :state, grants = :grants, updatedAt = :now, version = :next' +
        (change.suspendedBy ? ', suspendedBy = :by' : ''),
      ConditionExpression: 'version = :version',
      ExpressionAttributeNames: { '#state': 'state' },
      ExpressionAttributeValues: {
        ':state': next.state,
        ':grants': next.grants,
        ':now': next.updatedAt,
        ':next': next.version,
        ':version': link.version,
        ...(change.suspendedBy ? { ':by': change.suspendedBy } : {}),
      },
    },
  });
  await transact(
    [
      update(
        providerOfResellerEntity.key({
          resellerId: link.reseller.organizationId,
          providerId: link.provider.organizationId,
        }),
      ),
      update(
        resellerOfProviderEntity.key({
          providerId: link.provider.organizationId,
          resellerId: link.reseller.organizationId,
        }),
      ),
      partnerEvents.put(
        event.type,
        { providerId: link.provider.organizationId, resellerId: link.reseller.organizationId, by: event.by },
        { organizationId, correlationId },
      ),
    ],
    () => new ConflictError('The link changed meanwhile; read it again.', { linkState: link.state }),
  );
  return next;
}

/** Access pattern: an organization's providers (`PROVIDER#`) or resellers (`RESELLER#`), one Query per page. */
export async function listLinks(
  organizationId: string,
  side: 'providers' | 'resellers',
  options: { limit: number; cursor?: string },
) {
  const result = await db.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: {
        ':pk':
          side === 'providers'
            ? providerOfResellerEntity.partition({ resellerId: organizationId })
            : resellerOfProviderEntity.partition({ providerId: organizationId }),
        ':prefix': side === 'providers' ? providerOfResellerEntity.sortPrefix() : resellerOfProviderEntity.sortPrefix(),
      },
      Limit: options.limit,
      ExclusiveStartKey: decodeCursor(options.cursor),
    }),
  );
  return { items: (result.Items ?? []) as ProviderLink[], nextCursor: encodeCursor(result.LastEvaluatedKey) };
}

/** A link as one side sees the other (Partner Center's `{id, partnerId, name, location, state}` plus grants). */
export function linkView(link: ProviderLink, seenFrom: 'reseller' | 'provider') {
  const other = seenFrom === 'reseller' ? link.provider : link.reseller;
  return {
    id: other.organizationId,
    partnerId: other.partnerId,
    name: other.name,
    location: other.country,
    state: link.state,
    grants: link.grants,
    ...(link.suspendedBy ? { suspendedBy: link.suspendedBy } : {}),
    createdAt: link.createdAt,
    updatedAt: link.updatedAt,
    version: link.version,
  };
}
