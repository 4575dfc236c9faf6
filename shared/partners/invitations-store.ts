import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { partnerEvents } from '#shared/partners/events';
import {
  effectiveState,
  type InvitationKind,
  type InvitationState,
  maxResends,
} from '#shared/partners/invitation-rules';
import { invitationLifecycle } from '#shared/partners/lifecycle';
import { clock } from '#shared/platform/clock';
import { hashToken, newSecretToken } from '#shared/platform/crypto';
import { decodeCursor, encodeCursor } from '#shared/platform/cursor';
import { defineEntity } from '#shared/platform/entity';
import { ConflictError, NotFoundError } from '#shared/platform/errors';
import { mailCapError, mailQuotaItems } from '#shared/platform/mail-quota-store';
import { linkCheckFloorMs, steadily } from '#shared/platform/steady';
import { db, type TransactItem, tableName, transact } from '#shared/platform/table';

export const invitationEntity = defineEntity({
  name: 'Invitation',
  key: { pk: 'INVITATION#{invitationId}', sk: 'INVITATION' },
  indexes: {
    gsi1: { pk: 'ORG#{fromOrganizationId}#INVITATIONS', sk: '{createdAt}#{invitationId}' },
    gsi3: { pk: 'ORG#{invitedOrganizationId}#INVITED', sk: '{createdAt}#{invitationId}' },
  },
  patterns: [
    'an invitation by id: GetItem',
    "an organization's sent invitations: Query gsi1",
    "an organization's received invitations: Query gsi3",
  ],
});

/** A personalized invitation link: the hash of its 256-bit secret. */
const invitationTokenEntity = defineEntity({
  name: 'InvitationToken',
  key: { pk: 'TOKEN#{tokenHash}', sk: 'TOKEN' },
  patterns: ['an invitation link, by the hash of its secret: GetItem'],
});

export interface InvitationRecord {
  invitationId: string;
  kind: InvitationKind;
  state: InvitationState;
  /** The organization that invites (an indirect provider, or a reseller). */
  fromOrganizationId: string;
  fromName: string;
  invitedEmail: string;
  /** The invited organization, when known at creation (invited by PartnerID, or an email of a platform user). */
  invitedOrganizationId?: string;
  language: 'en' | 'it' | 'es';
  message?: string;
  createdBy: string;
  createdAt: string;
  expiresAt: string;
  resends: number;
  /** Kind-specific details: the provider joining a combined customer invitation, delegated admin, ... */
  details?: Record<string, unknown>;
  acceptedBy?: string;
  acceptedAt?: string;
  version: number;
}

export function toInvitationView(record: InvitationRecord) {
  const {
    invitationId,
    kind,
    fromOrganizationId,
    fromName,
    invitedEmail,
    invitedOrganizationId,
    language,
    message,
    createdAt,
    expiresAt,
    resends,
    details,
    acceptedAt,
    version,
  } = record;
  return {
    invitationId,
    kind,
    state: effectiveState(record, clock.nowIso()),
    fromOrganizationId,
    fromName,
    invitedEmail,
    invitedOrganizationId,
    language,
    message,
    createdAt,
    expiresAt,
    resends,
    resendsLeft: Math.max(0, maxResends - resends),
    details,
    acceptedAt,
    version,
  };
}

const quotaItems = mailQuotaItems;
const quotaError = (index: number) => mailCapError(index === 1 ? 0 : 1);

function invitationItem(record: InvitationRecord): Record<string, unknown> {
  return {
    ...invitationEntity.key({ invitationId: record.invitationId }),
    entity: 'Invitation',
    ...record,
    // the sender's invitations, newest first; the invited organization's, when known
    ...invitationEntity.index('gsi1', {
      fromOrganizationId: record.fromOrganizationId,
      createdAt: record.createdAt,
      invitationId: record.invitationId,
    }),
    ...(record.invitedOrganizationId
      ? invitationEntity.index('gsi3', {
          invitedOrganizationId: record.invitedOrganizationId,
          createdAt: record.createdAt,
          invitationId: record.invitationId,
        })
      : {}),
  };
}

/**
 * Stores a new invitation with its sending quota (caps per organization and per recipient per day) and the
 * event that makes the consumer mint a link and email it, in one transaction.
 */
export async function insertInvitation(
  record: InvitationRecord,
  correlationId: string,
  options: { email: boolean; extra?: TransactItem[] },
): Promise<void> {
  const items: TransactItem[] = [
    { Put: { TableName: tableName, Item: invitationItem(record), ConditionExpression: 'attribute_not_exists(pk)' } },
    ...(options.email ? quotaItems(record.fromOrganizationId, record.invitedEmail) : []),
    partnerEvents.put(
      'InvitationCreated',
      { invitationId: record.invitationId, kind: record.kind, sendEmail: options.email },
      { organizationId: record.fromOrganizationId, correlationId },
    ),
    ...(options.extra ?? []),
  ];
  const quotas = options.email ? 2 : 0;
  await transact(items, (index) => {
    if (index === 0) return new ConflictError('Invitation already exists.');
    if (index <= quotas) return quotaError(index);
    return new ConflictError('Something this invitation depends on changed at the same moment (already invited?).');
  });
}

export async function getInvitation(invitationId: string): Promise<InvitationRecord | undefined> {
  const { Item } = await db.send(
    new GetCommand({ TableName: tableName, Key: invitationEntity.key({ invitationId }), ConsistentRead: true }),
  );
  return Item as InvitationRecord | undefined;
}

/** The sender's own invitation; another organization's is not found. */
export async function getOwnInvitation(organizationId: string, invitationId: string): Promise<InvitationRecord> {
  const record = await getInvitation(invitationId);
  if (!record || record.fromOrganizationId !== organizationId) throw new NotFoundError('No such invitation.');
  return record;
}

/**
 * A personalized link's token item: a 256-bit token whose hash alone is stored. Put it in the same
 * transaction as the invitation when the link is handed out at creation.
 */
export function invitationTokenPut(invitation: InvitationRecord, token: string): TransactItem {
  return {
    Put: {
      TableName: tableName,
      Item: {
        ...invitationTokenEntity.key({ tokenHash: hashToken(token) }),
        entity: 'InvitationToken',
        purpose: 'Invitation',
        invitationId: invitation.invitationId,
        invitedEmail: invitation.invitedEmail,
        createdAt: clock.nowIso(),
        ttl: Math.floor(new Date(invitation.expiresAt).getTime() / 1000) + 30 * 24 * 3600,
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  };
}

/** Mints a personalized link for an existing invitation (the outbox consumer that emails it). */
export async function mintInvitationToken(invitation: InvitationRecord): Promise<string> {
  const token = newSecretToken();
  await db.send(new PutCommand(invitationTokenPut(invitation, token).Put!));
  return token;
}

/** An invitation id no invitation has: read for unknown links, so every link costs the same two reads. */
const decoyInvitationId = '00000000-0000-4000-8000-000000000000';

/**
 * The invitation a link may still act on: known, pending and unexpired. Unknown, used, declined, revoked and
 * expired links all answer undefined after the same two consistent reads of the same small projections (an
 * unknown token reads a decoy invitation id), so neither the answer nor its timing tells a link holder which
 * it was (the sender sees the state in its own list), and the check takes the same steady time whatever the
 * path. Only a usable link reads the whole invitation.
 */
export async function usableInvitationByToken(token: string): Promise<InvitationRecord | undefined> {
  const invitationId = await steadily(linkCheckFloorMs, () => usableInvitationId(token));
  return invitationId ? getInvitation(invitationId) : undefined;
}

async function usableInvitationId(token: string): Promise<string | undefined> {
  const { Item } = await db.send(
    new GetCommand({
      TableName: tableName,
      Key: invitationTokenEntity.key({ tokenHash: hashToken(token) }),
      ConsistentRead: true,
      ProjectionExpression: 'purpose, invitationId',
    }),
  );
  const known = Item?.purpose === 'Invitation';
  const invitationId = known ? String(Item.invitationId) : decoyInvitationId;
  const { Item: state } = await db.send(
    new GetCommand({
      TableName: tableName,
      Key: invitationEntity.key({ invitationId }),
      ConsistentRead: true,
      ProjectionExpression: '#state, expiresAt',
      ExpressionAttributeNames: { '#state': 'state' },
    }),
  );
  const usable =
    known &&
    state &&
    effectiveState(state as Pick<InvitationRecord, 'state' | 'expiresAt'>, clock.nowIso()) === 'Pending';
  return usable ? invitationId : undefined;
}

/** A transaction item that moves a pending, unexpired invitation to a final state (exactly one mover wins). */
export function settleInvitationItem(
  invitationId: string,
  move: 'accept' | 'decline' | 'revoke',
  set: Record<string, unknown> = {},
): TransactItem {
  const { from, to } = invitationLifecycle.move(move);
  const names: Record<string, string> = { '#state': 'state' };
  const values: Record<string, unknown> = { ':to': to, ':from': from[0], ':now': clock.nowIso(), ':one': 1 };
  const sets = ['#state = :to', 'version = version + :one', 'updatedAt = :now'];
  Object.entries(set).forEach(([name, value], i) => {
    names[`#x${i}`] = name;
    values[`:x${i}`] = value;
    sets.push(`#x${i} = :x${i}`);
  });
  return {
    Update: {
      TableName: tableName,
      Key: invitationEntity.key({ invitationId }),
      UpdateExpression: `SET ${sets.join(', ')}`,
      ConditionExpression: '#state = :from AND expiresAt > :now',
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
    },
  };
}

/** 409 that says what state the invitation is in. */
export function invitationConflict(record: InvitationRecord | undefined): ConflictError {
  const state = record ? effectiveState(record, clock.nowIso()) : 'Unknown';
  return new ConflictError(
    `The invitation is ${state.toLowerCase()}: it can no longer be accepted, declined, resent or revoked.`,
    { invitationState: state },
  );
}

/** Settles an invitation alone (decline, revoke), with its event. */
export async function settleInvitation(
  record: InvitationRecord,
  move: 'decline' | 'revoke',
  by: string,
  correlationId: string,
): Promise<void> {
  try {
    await transact(
      [
        settleInvitationItem(record.invitationId, move, { settledBy: by }),
        partnerEvents.put(
          move === 'decline' ? 'InvitationDeclined' : 'InvitationRevoked',
          { invitationId: record.invitationId, kind: record.kind, by },
          { organizationId: record.fromOrganizationId, correlationId },
        ),
      ],
      () => new ConflictError('settled meanwhile'),
    );
  } catch (error) {
    if (error instanceof ConflictError) throw invitationConflict(await getInvitation(record.invitationId));
    throw error;
  }
}

/** Resends: a capped count, within the sending quota, and the event that mints and emails a new link. */
export async function resendInvitationRecord(record: InvitationRecord, correlationId: string): Promise<void> {
  const now = clock.nowIso();
  if (effectiveState(record, now) !== 'Pending') throw invitationConflict(record);
  if (record.resends >= maxResends)
    throw new ConflictError(`This invitation was already resent ${maxResends} times; revoke it and send a new one.`, {
      resendsLeft: 0,
    });
  await transact(
    [
      {
        Update: {
          TableName: tableName,
          Key: invitationEntity.key({ invitationId: record.invitationId }),
          UpdateExpression: 'SET resends = resends + :one, version = version + :one',
          ConditionExpression: '#state = :pending AND expiresAt > :now AND resends < :max',
          ExpressionAttributeNames: { '#state': 'state' },
          ExpressionAttributeValues: {
            ':one': 1,
            ':pending': invitationLifecycle.move('resend').from[0],
            ':now': now,
            ':max': maxResends,
          },
        },
      },
      ...quotaItems(record.fromOrganizationId, record.invitedEmail),
      partnerEvents.put(
        'InvitationResent',
        { invitationId: record.invitationId, kind: record.kind, sendEmail: true },
        { organizationId: record.fromOrganizationId, correlationId },
      ),
    ],
    (index) =>
      index === 0
        ? new ConflictError('The invitation changed meanwhile (accepted, revoked, or resent to the cap).')
        : quotaError(index),
  );
}

/** Access pattern: an organization's invitations, sent (gsi1) or received (gsi3), newest first. */
export async function listInvitationRecords(
  organizationId: string,
  direction: 'sent' | 'received',
  options: { limit: number; cursor?: string; kind?: InvitationKind },
) {
  const index = direction === 'sent' ? 'gsi1' : 'gsi3';
  const result = await db.send(
    new QueryCommand({
      TableName: tableName,
      IndexName: index,
      KeyConditionExpression: `${index}pk = :pk`,
      ...(options.kind ? { FilterExpression: 'kind = :kind' } : {}),
      ExpressionAttributeValues: {
        ':pk':
          direction === 'sent'
            ? invitationEntity.indexPartition('gsi1', { fromOrganizationId: organizationId })
            : invitationEntity.indexPartition('gsi3', { invitedOrganizationId: organizationId }),
        ...(options.kind ? { ':kind': options.kind } : {}),
      },
      ScanIndexForward: false,
      Limit: options.limit,
      ExclusiveStartKey: decodeCursor(options.cursor),
    }),
  );
  return { items: (result.Items ?? []) as InvitationRecord[], nextCursor: encodeCursor(result.LastEvaluatedKey) };
}
