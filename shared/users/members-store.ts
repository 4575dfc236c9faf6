import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { clock } from '#shared/platform/clock';
import { decodeCursor, encodeCursor } from '#shared/platform/cursor';
import { defineEntity } from '#shared/platform/entity';
import { ConflictError, invalidLinkError, NotFoundError, PreconditionFailedError } from '#shared/platform/errors';
import { mailCapError, mailQuotaItems } from '#shared/platform/mail-quota-store';
import { pick } from '#shared/platform/pick';
import type { Language } from '#shared/platform/schemas';
import { db, type TransactItem, tableName, transact } from '#shared/platform/table';
import { userEvents } from '#shared/users/events';
import { organizationEntity } from '#shared/users/organizations-store';
import type { Roles } from '#shared/users/roles';

/** One email address, claimed by one user across the platform. */
export const emailClaimEntity = defineEntity({
  name: 'EmailClaim',
  key: { pk: 'EMAIL#{email}', sk: 'EMAIL' },
  patterns: ['who holds an email address (lowercased): GetItem; claimed by a conditional Put'],
});

export const memberEntity = defineEntity({
  name: 'Member',
  key: { pk: 'USER#{userId}', sk: 'PROFILE' },
  indexes: { gsi1: { pk: 'ORG#{organizationId}#USERS', sk: '{sortName}#{userId}' } },
  patterns: ['a user by id (the Cognito username): GetItem', "an organization's users by name: Query gsi1"],
});

export interface Member extends Roles {
  userId: string;
  organizationId: string;
  email: string;
  fullName: string;
  language: Language;
  status: 'active' | 'disabled';
  /** False until the user opens the link emailed to the address (absent on users from before: they were proven). */
  emailVerified?: boolean;
  /** The administrator who saw this user's temporary password, until the user chooses one through its email link. */
  passwordSeenBy?: string;
  /** Sign-in and calls are refused until the user chooses a password through its email link. */
  mustChoosePassword?: boolean;
  /** Tokens issued before this time (epoch seconds, the identity provider's clock) are refused. */
  tokensNotBefore?: number;
  /** A customer's user: the subscriptions it holds a license of (a string set; one license per subscription). */
  licenses?: string[];
  createdAt: string;
  version: number;
}

/**
 * Whether a signed-in member may act with a token issued at `issuedAt` (epoch seconds): active, its address
 * proven, no password choice pending, and the token not older than its last password choice.
 */
export function mayAct(member: Member | undefined, issuedAt: number | undefined): member is Member {
  if (member?.status !== 'active' || member.emailVerified === false || member.mustChoosePassword) return false;
  return !member.tokensNotBefore || (issuedAt !== undefined && issuedAt >= member.tokensNotBefore);
}

export function memberItem(member: Member): Record<string, unknown> {
  return {
    ...memberEntity.key({ userId: member.userId }),
    entity: 'Member',
    ...member,
    // the organization's users by name; searchText serves "search by name or email"
    ...memberEntity.index('gsi1', {
      organizationId: member.organizationId,
      sortName: member.fullName.toLowerCase(),
      userId: member.userId,
    }),
    searchText: `${member.fullName} ${member.email}`.toLowerCase(),
  };
}

/** Access pattern: how many users an organization has (a counting Query of gsi1, page by page). */
export async function countMembers(organizationId: string): Promise<number> {
  let count = 0;
  let start: Record<string, unknown> | undefined;
  do {
    const page = await db.send(
      new QueryCommand({
        TableName: tableName,
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :pk',
        ExpressionAttributeValues: { ':pk': memberEntity.indexPartition('gsi1', { organizationId }) },
        Select: 'COUNT',
        ExclusiveStartKey: start,
      }),
    );
    count += page.Count ?? 0;
    start = page.LastEvaluatedKey;
  } while (start);
  return count;
}

/** Access pattern: the caller's membership, by user id (the Cognito username). */
export async function getMember(userId: string): Promise<Member | undefined> {
  const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: memberEntity.key({ userId }) }));
  return Item ? toMember(Item) : undefined;
}

/** Access pattern: who holds an email address. */
export async function findUserIdByEmail(email: string): Promise<string | undefined> {
  const { Item } = await db.send(
    new GetCommand({
      TableName: tableName,
      Key: emailClaimEntity.key({ email: email.toLowerCase() }),
      ProjectionExpression: 'userId',
    }),
  );
  return Item?.userId as string | undefined;
}

/** Access pattern: the organization of the user who proved an address, if any. */
export async function organizationOfEmail(email: string): Promise<string | undefined> {
  const { Item } = await db.send(
    new GetCommand({
      TableName: tableName,
      Key: emailClaimEntity.key({ email: email.toLowerCase() }),
      ProjectionExpression: 'organizationId',
    }),
  );
  return Item?.organizationId as string | undefined;
}

const memberFields = [
  'userId',
  'organizationId',
  'email',
  'fullName',
  'language',
  'status',
  'emailVerified',
  'passwordSeenBy',
  'mustChoosePassword',
  'tokensNotBefore',
  'agentRole',
  'adminRole',
  'platformRole',
  'createdAt',
  'version',
] as const satisfies readonly (keyof Member)[];

function toMember(item: Record<string, unknown>): Member {
  const member = pick(item as unknown as Member, memberFields);
  const licenses = item.licenses as Set<string> | undefined;
  return licenses ? { ...member, licenses: [...licenses].sort() } : member;
}

/** A transaction item that changes a member's agent role (activation puts the enrolling user in the admin agent group). */
export function setAgentRoleItem(userId: string, agentRole: Member['agentRole']): TransactItem {
  return {
    Update: {
      TableName: tableName,
      Key: memberEntity.key({ userId }),
      UpdateExpression: 'SET agentRole = :role, version = version + :one',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeValues: { ':role': agentRole, ':one': 1 },
    },
  };
}

const lastGlobalAdmin = () =>
  new ConflictError('The organization must keep at least one global admin: promote another user first.', {
    invariant: 'last-global-admin',
  });

/** Changes the organization's global admin count by `delta`, never below one. */
function globalAdminCountItem(organizationId: string, delta: 1 | -1): TransactItem {
  return {
    Update: {
      TableName: tableName,
      Key: organizationEntity.key({ organizationId }),
      UpdateExpression: 'SET globalAdminCount = if_not_exists(globalAdminCount, :zero) + :delta',
      ConditionExpression: delta < 0 ? 'globalAdminCount > :one' : 'attribute_exists(pk)',
      ExpressionAttributeValues:
        delta < 0 ? { ':zero': 0, ':delta': delta, ':one': 1 } : { ':zero': 0, ':delta': delta },
    },
  };
}

const claimedError = () =>
  new ConflictError('This email address already belongs to a user of the platform.', {
    errors: [{ in: 'body', field: 'email', message: 'is already registered' }],
  });

/**
 * Adds a user: the membership, its event (which emails the proof link) and the global admin count, in one
 * transaction. The address is not claimed yet, so it blocks nobody: it becomes the user's when the link is
 * opened (`confirmMemberEmail`). An address that is already someone's identity: 409, nothing written.
 */
export async function insertMember(member: Member, correlationId: string): Promise<void> {
  const items: TransactItem[] = [
    {
      ConditionCheck: {
        TableName: tableName,
        Key: emailClaimEntity.key({ email: member.email.toLowerCase() }),
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
    { Put: { TableName: tableName, Item: memberItem(member), ConditionExpression: 'attribute_not_exists(pk)' } },
    userEvents.put(
      'PartnerUserAdded',
      { userId: member.userId, agentRole: member.agentRole, adminRole: member.adminRole },
      { organizationId: member.organizationId, correlationId },
    ),
    // the proof email counts against the organization's and the recipient's daily caps, like every email
    ...mailQuotaItems(member.organizationId, member.email),
  ];
  if (member.adminRole === 'GlobalAdmin') items.push(globalAdminCountItem(member.organizationId, 1));
  await transact(items, (index) => (index === 3 || index === 4 ? mailCapError(index === 3 ? 0 : 1) : claimedError()));
}

/** Removes what insertMember wrote, when the identity could not be created (no event: nothing happened). */
export async function undoInsertMember(member: Member): Promise<void> {
  const items: TransactItem[] = [
    { Delete: { TableName: tableName, Key: memberEntity.key({ userId: member.userId }) } },
  ];
  if (member.adminRole === 'GlobalAdmin')
    items.push({
      Update: {
        TableName: tableName,
        Key: organizationEntity.key({ organizationId: member.organizationId }),
        UpdateExpression: 'SET globalAdminCount = globalAdminCount - :one',
        ExpressionAttributeValues: { ':one': 1 },
      },
    });
  await transact(items, () => new Error('could not undo the membership'));
}

/**
 * The user opened its proof link: the address becomes its identity (claimed now, 409 when another user proved
 * it first), the link is used, and, when the user chose its password there, nobody else's knowledge of a
 * password counts any more (`tokensNotBefore`: tokens issued before are refused).
 */
export async function confirmMemberEmail(
  member: Member,
  proof: TransactItem,
  passwordChosen: boolean,
  correlationId: string,
): Promise<void> {
  // the version guards role changes, which this is not: it stays
  const sets = ['emailVerified = :yes'];
  const values: Record<string, unknown> = { ':yes': true, ':org': member.organizationId };
  if (passwordChosen) {
    sets.push('tokensNotBefore = :nbf');
    // the identity provider's clock, which stamps tokens in whole seconds (not the application clock, which
    // tests move); the next second, so a token from earlier in this second is refused too (sign-in waits it out)
    values[':nbf'] = Math.floor(Date.now() / 1000) + 1;
  }
  await transact(
    [
      proof,
      {
        Put: {
          TableName: tableName,
          Item: {
            ...emailClaimEntity.key({ email: member.email.toLowerCase() }),
            entity: 'EmailClaim',
            userId: member.userId,
            organizationId: member.organizationId,
          },
          ConditionExpression: 'attribute_not_exists(pk) OR userId = :u',
          ExpressionAttributeValues: { ':u': member.userId },
        },
      },
      {
        Update: {
          TableName: tableName,
          Key: memberEntity.key({ userId: member.userId }),
          UpdateExpression: `SET ${sets.join(', ')}${passwordChosen ? ' REMOVE passwordSeenBy, mustChoosePassword' : ''}`,
          ConditionExpression: 'organizationId = :org',
          ExpressionAttributeValues: values,
        },
      },
      userEvents.put(
        'PartnerUserEmailConfirmed',
        { userId: member.userId, passwordChosen },
        { organizationId: member.organizationId, correlationId },
      ),
    ],
    (index) =>
      index === 1
        ? new ConflictError('This email address already belongs to another user of the platform.', {
            reason: 'email-taken',
          })
        : invalidLinkError(),
  );
}

/** Access pattern: one user of the caller's organization; another organization's user is not found. */
export async function getOrganizationMember(organizationId: string, userId: string): Promise<Member> {
  const member = await getMember(userId);
  if (!member || member.organizationId !== organizationId)
    throw new NotFoundError('No such user in your organization.');
  return member;
}

/**
 * Changes a user's roles, conditional on the version the caller read (412 when stale). The global admin
 * count moves in the same transaction, so the last global admin can never be demoted, even by two admins
 * demoting each other at once.
 */
export async function updateMemberRoles(
  member: Member,
  expectedVersion: number,
  next: Roles,
  by: string,
  correlationId: string,
  options: { choosePassword?: boolean } = {},
): Promise<Member> {
  const choosePassword = options.choosePassword === true;
  const items: TransactItem[] = [
    {
      Update: {
        TableName: tableName,
        Key: memberEntity.key({ userId: member.userId }),
        UpdateExpression: `SET agentRole = :agent, adminRole = :admin, version = version + :one, updatedAt = :now${
          choosePassword ? ', mustChoosePassword = :yes REMOVE passwordSeenBy' : ''
        }`,
        ConditionExpression: 'version = :expected AND organizationId = :org',
        ExpressionAttributeValues: {
          ':agent': next.agentRole,
          ':admin': next.adminRole,
          ':one': 1,
          ':now': clock.nowIso(),
          ':expected': expectedVersion,
          ':org': member.organizationId,
          ...(choosePassword ? { ':yes': true } : {}),
        },
      },
    },
    userEvents.put(
      'PartnerUserRolesChanged',
      {
        userId: member.userId,
        from: { agentRole: member.agentRole, adminRole: member.adminRole },
        to: next,
        by,
        choosePassword,
      },
      { organizationId: member.organizationId, correlationId },
    ),
  ];
  const wasAdmin = member.adminRole === 'GlobalAdmin';
  const isAdmin = next.adminRole === 'GlobalAdmin';
  if (wasAdmin !== isAdmin) items.push(globalAdminCountItem(member.organizationId, isAdmin ? 1 : -1));
  await transact(items, (index) => (index === 0 ? new PreconditionFailedError() : lastGlobalAdmin()));
  const updated: Member = { ...member, ...next, version: expectedVersion + 1 };
  if (choosePassword) {
    updated.mustChoosePassword = true;
    delete updated.passwordSeenBy;
  }
  return updated;
}

/**
 * Removes a user: the membership and the email claim go in one transaction (sign-in and every API call stop
 * at once), the global admin count is guarded, and the event makes the consumer delete the identity.
 */
export async function removeMember(
  member: Member,
  expectedVersion: number | undefined,
  by: string,
  correlationId: string,
): Promise<void> {
  const items: TransactItem[] = [
    {
      Delete: {
        TableName: tableName,
        Key: memberEntity.key({ userId: member.userId }),
        ConditionExpression:
          expectedVersion === undefined ? 'organizationId = :org' : 'organizationId = :org AND version = :expected',
        ExpressionAttributeValues:
          expectedVersion === undefined
            ? { ':org': member.organizationId }
            : { ':org': member.organizationId, ':expected': expectedVersion },
      },
    },
    // an unproven user holds no claim; a proven one's claim is its own (never another user's address)
    ...(member.emailVerified === false
      ? []
      : [
          {
            Delete: {
              TableName: tableName,
              Key: emailClaimEntity.key({ email: member.email.toLowerCase() }),
              ConditionExpression: 'attribute_not_exists(pk) OR userId = :u',
              ExpressionAttributeValues: { ':u': member.userId },
            },
          },
        ]),
    userEvents.put(
      'PartnerUserRemoved',
      { userId: member.userId, email: member.email, fullName: member.fullName, language: member.language, by },
      { organizationId: member.organizationId, correlationId },
    ),
  ];
  if (member.adminRole === 'GlobalAdmin') items.push(globalAdminCountItem(member.organizationId, -1));
  await transact(items, (index) => (index === 0 ? new PreconditionFailedError() : lastGlobalAdmin()));
}

/**
 * Access pattern: the organization's users by name (gsi1), optionally searched by name or email. One Query
 * per page; the search filters within the organization's partition.
 */
export async function listMembers(
  organizationId: string,
  options: { q?: string; limit: number; cursor?: string },
): Promise<{ items: Member[]; nextCursor?: string }> {
  const q = options.q?.trim().toLowerCase();
  const result = await db.send(
    new QueryCommand({
      TableName: tableName,
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :pk',
      ...(q ? { FilterExpression: 'contains(searchText, :q)' } : {}),
      ExpressionAttributeValues: {
        ':pk': memberEntity.indexPartition('gsi1', { organizationId }),
        ...(q ? { ':q': q } : {}),
      },
      Limit: options.limit,
      ExclusiveStartKey: decodeCursor(options.cursor),
    }),
  );
  return { items: (result.Items ?? []).map(toMember), nextCursor: encodeCursor(result.LastEvaluatedKey) };
}
