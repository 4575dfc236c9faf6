import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { clock } from '#shared/platform/clock';
import { defineEntity } from '#shared/platform/entity';
import { ConflictError } from '#shared/platform/errors';
import type { Language } from '#shared/platform/schemas';
import { db, type TransactItem, tableName, transact } from '#shared/platform/table';
import { userEvents } from '#shared/users/events';
import { emailClaimEntity, type Member, memberEntity, memberItem } from '#shared/users/members-store';

export {
  emailClaimEntity,
  findUserIdByEmail,
  getMember,
  type Member,
  memberEntity,
  memberItem,
  setAgentRoleItem,
} from '#shared/users/members-store';

export const organizationEntity = defineEntity({
  name: 'Organization',
  key: { pk: 'ORG#{organizationId}', sk: 'PROFILE' },
  indexes: { gsi3: { pk: 'PARTNERID#{partnerId}', sk: 'ORG#{organizationId}' } },
  patterns: ['an organization by id: GetItem', 'organizations by PartnerID (gsi3; who owns one is the PartnerIdClaim)'],
});

export type ProgramName = 'IndirectReseller' | 'IndirectProvider' | 'DirectBill';
export interface ProgramStatus {
  status: 'Pending' | 'Active' | 'Restricted' | 'Ended';
  since: string;
}

export interface Organization {
  organizationId: string;
  legalName: string;
  country: string;
  partnerId?: string;
  /** Where the organization is told about changes (its founder's address and language, until it enrolls). */
  contactEmail?: string;
  language?: Language;
  /** The partner program roles the organization holds (Partner Center's "program information"). */
  programs: Partial<Record<ProgramName, ProgramStatus>>;
  /** The legal profile, primary contact and support details of its enrollment, once active. */
  profile?: { legalProfile?: unknown; primaryContact?: { fullName: string; email: string }; support?: unknown };
  /** Attestations of the agreements it signed. */
  agreements?: unknown[];
  /** The CSP regions it serves as an indirect provider. */
  providerRegions?: string[];
  /** The name its directory entries are sorted by (their keys), so a re-designation finds them. */
  providerSortName?: string;
  createdAt: string;
  version: number;
}

/** True when the organization is already an active partner in some program role. */
export function isActivePartner(organization: Organization): boolean {
  return Object.values(organization.programs).some((program) => program?.status === 'Active');
}

/**
 * A sign-up whose email link was opened: claims the email (unique across the platform) and writes the
 * organization and its global admin in one transaction with `proof` (the link's use). An email claimed
 * meanwhile: 409; a link used meanwhile: `proofError`; nothing written either way.
 */
export async function createOrganizationWithAdmin(
  organization: Omit<Organization, 'createdAt' | 'version' | 'programs'>,
  admin: Omit<Member, 'createdAt' | 'version' | 'status' | 'organizationId'>,
  correlationId: string,
  /** The email link's use; absent only for operators, whom a trusted script creates. */
  proof?: { item: TransactItem; error: () => Error },
): Promise<{ organization: Organization; member: Member }> {
  const now = clock.nowIso();
  const org: Organization = {
    ...organization,
    contactEmail: admin.email,
    language: admin.language,
    programs: {},
    createdAt: now,
    version: 1,
  };
  const member: Member = { ...admin, organizationId: org.organizationId, status: 'active', createdAt: now, version: 1 };
  await transact(
    [
      {
        Put: {
          TableName: tableName,
          Item: {
            ...emailClaimEntity.key({ email: member.email.toLowerCase() }),
            entity: 'EmailClaim',
            userId: member.userId,
            organizationId: org.organizationId,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      {
        Put: {
          TableName: tableName,
          // globalAdminCount guards "the last global admin cannot be removed or demoted" transactionally
          Item: {
            ...organizationEntity.key({ organizationId: org.organizationId }),
            entity: 'Organization',
            ...org,
            globalAdminCount: member.adminRole === 'GlobalAdmin' ? 1 : 0,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      { Put: { TableName: tableName, Item: memberItem(member), ConditionExpression: 'attribute_not_exists(pk)' } },
      userEvents.put(
        'OrganizationCreated',
        { legalName: org.legalName, country: org.country, adminUserId: member.userId },
        { organizationId: org.organizationId, correlationId },
      ),
      ...(proof ? [proof.item] : []),
    ],
    (index) =>
      index === 4 && proof
        ? proof.error()
        : new ConflictError('An account with this email already exists: sign in instead.', {
            reason: 'email-taken',
          }),
  );
  return { organization: org, member };
}

/** Compensation when the identity provider refused the user: removes what was written (plus `extra`). */
export async function deleteOrganizationWithAdmin(
  organizationId: string,
  userId: string,
  email: string,
  extra: TransactItem[] = [],
): Promise<void> {
  await transact(
    [
      {
        Delete: {
          TableName: tableName,
          Key: emailClaimEntity.key({ email: email.toLowerCase() }),
          ConditionExpression: 'userId = :u',
          ExpressionAttributeValues: { ':u': userId },
        },
      },
      { Delete: { TableName: tableName, Key: organizationEntity.key({ organizationId }) } },
      { Delete: { TableName: tableName, Key: memberEntity.key({ userId }) } },
      ...extra,
    ],
    () => new Error('sign-up compensation found the email claimed by another user'),
  );
}

/** Access pattern: an organization's profile. */
export async function getOrganization(organizationId: string): Promise<Organization | undefined> {
  const { Item } = await db.send(
    new GetCommand({ TableName: tableName, Key: organizationEntity.key({ organizationId }) }),
  );
  return organizationFromItem(Item);
}

/** An organization's stored item (from a GetItem or a BatchGet) as the organization. */
export function organizationFromItem(Item: Record<string, unknown> | undefined): Organization | undefined {
  if (!Item) return undefined;
  const {
    organizationId: id,
    legalName,
    country,
    partnerId,
    contactEmail,
    language,
    programs,
    profile,
    agreements,
    providerRegions,
    providerSortName,
    createdAt,
    version,
  } = Item as unknown as Organization;
  return {
    organizationId: id,
    legalName,
    country,
    partnerId,
    contactEmail,
    language,
    programs: programs ?? {},
    profile,
    agreements: agreements ?? [],
    providerRegions,
    providerSortName,
    createdAt,
    version,
  };
}

/**
 * A transaction item that sets one program's status on an organization, with its PartnerID and, on
 * activation, the enrolled profile and the signed agreement (one item: a transaction may touch it once).
 */
export function setProgramItem(
  organizationId: string,
  program: ProgramName,
  status: ProgramStatus['status'],
  extra: { partnerId?: string; profile?: Organization['profile']; agreement?: unknown } = {},
): TransactItem {
  const values: Record<string, unknown> = { ':p': { status, since: clock.nowIso() }, ':one': 1 };
  const sets = ['programs.#program = :p', 'version = version + :one'];
  if (extra.partnerId) {
    // organizations by PartnerID (gsi3), for invitations addressed by PartnerID
    sets.push('partnerId = :pid', 'gsi3pk = :pidKey', 'gsi3sk = :orgKey');
    values[':pid'] = extra.partnerId;
    const byPartnerId = organizationEntity.index('gsi3', { partnerId: extra.partnerId, organizationId });
    values[':pidKey'] = byPartnerId.gsi3pk;
    values[':orgKey'] = byPartnerId.gsi3sk;
  }
  if (extra.profile) {
    sets.push('profile = :profile');
    values[':profile'] = JSON.parse(JSON.stringify(extra.profile));
  }
  if (extra.agreement) {
    sets.push('agreements = list_append(if_not_exists(agreements, :none), :signed)');
    values[':none'] = [];
    values[':signed'] = [extra.agreement];
  }
  return {
    Update: {
      TableName: tableName,
      Key: organizationEntity.key({ organizationId }),
      UpdateExpression: `SET ${sets.join(', ')}`,
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeNames: { '#program': program },
      ExpressionAttributeValues: values,
    },
  };
}

/** A customer organization known only from a partner's import (no users until it signs up). */
export function importedOrganizationItem(organization: {
  organizationId: string;
  legalName: string;
  country: string;
  importedBy: string;
}): TransactItem {
  return {
    Put: {
      TableName: tableName,
      Item: {
        ...organizationEntity.key({ organizationId: organization.organizationId }),
        entity: 'Organization',
        ...organization,
        programs: {},
        globalAdminCount: 0,
        createdAt: clock.nowIso(),
        version: 1,
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  };
}

/** One PartnerID belongs to one organization: claimed by a conditional write wherever a PartnerID is set. */
export const partnerIdClaimEntity = defineEntity({
  name: 'PartnerIdClaim',
  key: { pk: 'PARTNERID#{partnerId}', sk: 'OWNER' },
  patterns: ['who owns a PartnerID: GetItem; claimed by a conditional Put (one owner, the claim repeatable by it)'],
});

/** Access pattern: the organization that owns a PartnerID, if any. */
export async function partnerIdOwner(partnerId: string): Promise<string | undefined> {
  const { Item } = await db.send(
    new GetCommand({ TableName: tableName, Key: partnerIdClaimEntity.key({ partnerId }), ConsistentRead: true }),
  );
  return Item?.organizationId as string | undefined;
}

/**
 * The transaction item that claims a PartnerID for an organization: it fails when another organization owns
 * it, and is a no-op for its owner, so every path that sets a PartnerID may include it.
 */
export function claimPartnerIdItem(partnerId: string, organizationId: string): TransactItem {
  return {
    Put: {
      TableName: tableName,
      Item: {
        ...partnerIdClaimEntity.key({ partnerId }),
        entity: 'PartnerIdClaim',
        partnerId,
        organizationId,
        claimedAt: clock.nowIso(),
      },
      ConditionExpression: 'attribute_not_exists(pk) OR organizationId = :me',
      ExpressionAttributeValues: { ':me': organizationId },
    },
  };
}

/** The transaction item that gives up a PartnerID its owner no longer uses (a relinked enrollment). */
export function releasePartnerIdItem(partnerId: string, organizationId: string): TransactItem {
  return {
    Delete: {
      TableName: tableName,
      Key: partnerIdClaimEntity.key({ partnerId }),
      ConditionExpression: 'attribute_not_exists(pk) OR organizationId = :me',
      ExpressionAttributeValues: { ':me': organizationId },
    },
  };
}
