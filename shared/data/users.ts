import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { clock } from '../clock';
import { ConflictError } from '../errors';
import type { Language } from '../schemas/common';
import type { Roles } from '../domain/roles';
import { putEvent } from './events';
import { keys } from './keys';
import { db, tableName, transact } from './table';

export interface Organization {
  organizationId: string;
  legalName: string;
  country: string;
  createdAt: string;
  version: number;
}

export interface Member extends Roles {
  userId: string;
  organizationId: string;
  email: string;
  fullName: string;
  language: Language;
  status: 'active' | 'disabled';
  createdAt: string;
  version: number;
}

/**
 * Sign-up, step one: claims the email (unique across the platform) and writes the organization and its
 * global admin in one transaction. An email already claimed: 409, nothing written.
 */
export async function createOrganizationWithAdmin(
  organization: Omit<Organization, 'createdAt' | 'version'>,
  admin: Omit<Member, 'createdAt' | 'version' | 'status' | 'organizationId'>,
  correlationId: string,
): Promise<{ organization: Organization; member: Member }> {
  const now = clock.nowIso();
  const org: Organization = { ...organization, createdAt: now, version: 1 };
  const member: Member = { ...admin, organizationId: org.organizationId, status: 'active', createdAt: now, version: 1 };
  await transact(
    [
      { Put: { TableName: tableName, Item: { ...keys.emailClaim(member.email), entity: 'EmailClaim', userId: member.userId, organizationId: org.organizationId }, ConditionExpression: 'attribute_not_exists(pk)' } },
      { Put: { TableName: tableName, Item: { ...keys.organization(org.organizationId), entity: 'Organization', ...org }, ConditionExpression: 'attribute_not_exists(pk)' } },
      { Put: { TableName: tableName, Item: memberItem(member), ConditionExpression: 'attribute_not_exists(pk)' } },
      putEvent('OrganizationCreated', { legalName: org.legalName, country: org.country, adminUserId: member.userId }, { organizationId: org.organizationId, correlationId }),
    ],
    () => new ConflictError('An account with this email already exists.', { errors: [{ in: 'body', field: 'admin.email', message: 'is already registered' }] }),
  );
  return { organization: org, member };
}

/** Compensation when the identity provider refused the user: removes what step one wrote. */
export async function deleteOrganizationWithAdmin(organizationId: string, userId: string, email: string): Promise<void> {
  await transact(
    [
      { Delete: { TableName: tableName, Key: keys.emailClaim(email), ConditionExpression: 'userId = :u', ExpressionAttributeValues: { ':u': userId } } },
      { Delete: { TableName: tableName, Key: keys.organization(organizationId) } },
      { Delete: { TableName: tableName, Key: keys.user(userId) } },
    ],
    () => new Error('sign-up compensation found the email claimed by another user'),
  );
}

export function memberItem(member: Member): Record<string, unknown> {
  return {
    ...keys.user(member.userId),
    entity: 'Member',
    ...member,
    gsi1pk: keys.organizationUsers(member.organizationId),
    gsi1sk: `${member.fullName.toLowerCase()}#${member.userId}`,
  };
}

/** Access pattern: the caller's membership, by user id (the Cognito username). */
export async function getMember(userId: string): Promise<Member | undefined> {
  const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: keys.user(userId) }));
  return Item ? toMember(Item) : undefined;
}

/** Access pattern: who holds an email address. */
export async function findUserIdByEmail(email: string): Promise<string | undefined> {
  const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: keys.emailClaim(email), ProjectionExpression: 'userId' }));
  return Item?.userId as string | undefined;
}

/** Access pattern: an organization's profile. */
export async function getOrganization(organizationId: string): Promise<Organization | undefined> {
  const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: keys.organization(organizationId) }));
  if (!Item) return undefined;
  const { organizationId: id, legalName, country, createdAt, version } = Item as Organization;
  return { organizationId: id, legalName, country, createdAt, version };
}

function toMember(item: Record<string, unknown>): Member {
  const { userId, organizationId, email, fullName, language, status, agentRole, adminRole, createdAt, version } = item as unknown as Member;
  return { userId, organizationId, email, fullName, language, status, agentRole, adminRole, createdAt, version };
}
