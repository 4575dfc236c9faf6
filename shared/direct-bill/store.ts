import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { revenueFromSummary, revenueSummaryEntity } from '#shared/customers/orders-store';
import { directBillEvents } from '#shared/direct-bill/events';
import type { EligibilityFacts, EligibilityPolicy, Evaluation } from '#shared/direct-bill/rules';
import { trailingMonths } from '#shared/direct-bill/rules';
import { checkPartnerId, directoryEntryEntity, directoryRecordFromItem } from '#shared/enrollment/partner-directory';
import { clock } from '#shared/platform/clock';
import { defineEntity } from '#shared/platform/entity';
import { ConflictError, NotFoundError } from '#shared/platform/errors';
import type { EventInput } from '#shared/platform/outbox';
import { db, getMany, keyString, type TransactItem, tableName, transact } from '#shared/platform/table';
import { type Organization, organizationEntity, organizationFromItem } from '#shared/users/organizations-store';

export const directBillProfileEntity = defineEntity({
  name: 'DirectBillProfile',
  key: { pk: 'ORG#{organizationId}', sk: 'DIRECTBILL' },
  indexes: { gsi3: { pk: 'DIRECTBILL_DUE', sk: '{nextReviewDue}#{organizationId}' } },
  patterns: [
    "a partner's direct-bill record: GetItem",
    'the partners whose re-evaluation is due by a day: Query gsi3 (sparse)',
  ],
});

/**
 * Every eligibility policy version in one item (a handful of small documents): an evaluation reads it in the
 * same BatchGet as the partner's facts, and publishing a version is one conditional write on it.
 */
const policySetEntity = defineEntity({
  name: 'EligibilityPolicies',
  key: { pk: 'POLICY#DIRECT_BILL', sk: 'VERSIONS' },
  patterns: ["every eligibility policy version: GetItem (in the evaluation's BatchGet)"],
});
const policySetKey = policySetEntity.key({});

/** The partner's direct-bill record: attestations, operator results, status and its next review. */
export interface DirectBillProfile {
  organizationId: string;
  attestations: EligibilityFacts['attestations'];
  supportPlan?: EligibilityFacts['supportPlan'];
  creditCheck?: EligibilityFacts['creditCheck'];
  assessment?: EligibilityFacts['assessment'];
  status?: 'Active' | 'Restricted' | 'Ended';
  restrictionReasons?: string[];
  lastEvaluation?: Evaluation;
  /** The next annual (or, when restricted, monthly) re-evaluation, `yyyy-mm-dd`. */
  nextReviewDue?: string;
  /** The day of the last re-evaluation and its outcome: one per partner per day, whoever triggers it. */
  lastEvaluatedOn?: string;
  lastOutcome?: 'Passed' | 'Restricted' | 'Lifted';
  /** Registered by an operator as already direct-bill in another channel (no application here). */
  registeredAt?: string;
  version: number;
}

// ---- policies (data, not code)

interface PolicySet {
  policies: EligibilityPolicy[];
  version: number;
}

function policySetFromItem(item: Record<string, unknown> | undefined): PolicySet {
  return { policies: (item?.policies as EligibilityPolicy[] | undefined) ?? [], version: Number(item?.version ?? 0) };
}

export async function listPolicies(): Promise<EligibilityPolicy[]> {
  const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: policySetKey, ConsistentRead: true }));
  return policySetFromItem(Item).policies;
}

/**
 * Adds or replaces policy versions (`change` decides from what is stored, and may refuse by throwing), in one
 * write conditional on the set read: two operators publishing at once cannot both win.
 */
export async function changePolicies(
  change: (stored: EligibilityPolicy[]) => EligibilityPolicy[],
): Promise<EligibilityPolicy[]> {
  const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: policySetKey, ConsistentRead: true }));
  const set = policySetFromItem(Item);
  const added = change(set.policies);
  const policies = [...set.policies.filter((p) => !added.some((a) => a.version === p.version)), ...added];
  await transact(
    [
      {
        Put: {
          TableName: tableName,
          Item: { ...policySetKey, entity: 'EligibilityPolicies', policies, version: set.version + 1 },
          ConditionExpression: set.version === 0 ? 'attribute_not_exists(pk)' : 'version = :read',
          ...(set.version === 0 ? {} : { ExpressionAttributeValues: { ':read': set.version } }),
        },
      },
    ],
    () => new ConflictError('The eligibility policies changed at the same moment; try again.'),
  );
  return policies;
}

/** Seeds policy versions (the local stack at start): replaces those versions, keeps the others. */
export async function putPolicies(policies: EligibilityPolicy[]): Promise<number> {
  await changePolicies(() => policies);
  return policies.length;
}

// ---- profile

export async function getProfile(organizationId: string): Promise<DirectBillProfile> {
  const { Item } = await db.send(
    new GetCommand({
      TableName: tableName,
      Key: directBillProfileEntity.key({ organizationId }),
      ConsistentRead: true,
    }),
  );
  return (Item as DirectBillProfile | undefined) ?? { organizationId, attestations: {}, version: 0 };
}

/** Sets fields of the profile, conditional on the version read (creating it at version 1). */
export function profileUpdateItem(profile: DirectBillProfile, set: Partial<DirectBillProfile>): TransactItem {
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = { ':next': profile.version + 1, ':org': profile.organizationId };
  const sets = ['version = :next', 'organizationId = :org'];
  Object.entries(set).forEach(([name, value], i) => {
    names[`#f${i}`] = name;
    values[`:f${i}`] = value;
    sets.push(`#f${i} = :f${i}`);
  });
  if (set.nextReviewDue) {
    // the sparse due-date index: only partners with a review ahead are in it
    sets.push('gsi3pk = :due', 'gsi3sk = :dueKey');
    const due = directBillProfileEntity.index('gsi3', {
      nextReviewDue: set.nextReviewDue,
      organizationId: profile.organizationId,
    });
    values[':due'] = due.gsi3pk;
    values[':dueKey'] = due.gsi3sk;
  }
  // an ended direct-bill partner leaves the due-date index
  const remove = set.status === 'Ended' ? ' REMOVE gsi3pk, gsi3sk' : '';
  const condition = profile.version === 0 ? 'attribute_not_exists(pk)' : 'version = :expected';
  if (profile.version !== 0) values[':expected'] = profile.version;
  return {
    Update: {
      TableName: tableName,
      Key: directBillProfileEntity.key({ organizationId: profile.organizationId }),
      UpdateExpression: `SET ${sets.join(', ')}${remove}`,
      ConditionExpression: condition,
      ...(Object.keys(names).length ? { ExpressionAttributeNames: names } : {}),
      ExpressionAttributeValues: values,
    },
  };
}

export async function updateProfile(
  profile: DirectBillProfile,
  set: Partial<DirectBillProfile>,
  event?: EventInput<typeof directBillEvents.catalog>,
  correlationId?: string,
  extra: TransactItem[] = [],
): Promise<void> {
  await transact(
    [
      profileUpdateItem(profile, set),
      ...extra,
      ...(event ? [directBillEvents.putInput(event, { organizationId: profile.organizationId, correlationId })] : []),
    ],
    () => new ConflictError('The direct-bill record changed at the same moment; try again.'),
  );
}

/**
 * The profile of a partner an operator registers as already direct-bill in another channel: Active, and
 * scheduled for its annual re-evaluation a year from now like any direct-bill partner (an Update: a profile
 * from an earlier application keeps its attestations).
 */
export function registeredProfileItem(organizationId: string, at: Date): TransactItem {
  const nextReviewDue = new Date(Date.UTC(at.getUTCFullYear() + 1, at.getUTCMonth(), at.getUTCDate()))
    .toISOString()
    .slice(0, 10);
  const due = directBillProfileEntity.index('gsi3', { nextReviewDue, organizationId });
  return {
    Update: {
      TableName: tableName,
      Key: directBillProfileEntity.key({ organizationId }),
      UpdateExpression:
        'SET organizationId = :org, #status = :active, registeredAt = :at, nextReviewDue = :due, gsi3pk = :duePk, gsi3sk = :dueSk, attestations = if_not_exists(attestations, :none), version = if_not_exists(version, :zero) + :one',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: {
        ':org': organizationId,
        ':active': 'Active',
        ':at': at.toISOString(),
        ':due': nextReviewDue,
        ':duePk': due.gsi3pk,
        ':dueSk': due.gsi3sk,
        ':none': {},
        ':zero': 0,
        ':one': 1,
      },
    },
  };
}

// ---- facts

export interface GatheredFacts {
  facts: EligibilityFacts;
  organization: Organization;
  profile: DirectBillProfile;
}

const factKeys = (organizationId: string) => ({
  organization: organizationEntity.key({ organizationId }),
  profile: directBillProfileEntity.key({ organizationId }),
  revenue: revenueSummaryEntity.key({ partnerId: organizationId }),
});

/**
 * The facts of many partners, read in two rounds whatever their number: one BatchGet of each one's
 * organization, direct-bill record and revenue summary (and the policies), then one of the PartnerIDs'
 * directory entries. Partners without an organization are left out.
 */
export async function gatherFactsOfMany(
  organizationIds: string[],
  now = clock.now(),
): Promise<{ policies: EligibilityPolicy[]; facts: Map<string, GatheredFacts> }> {
  const window = trailingMonths(now, 24);
  const found = await getMany([policySetKey, ...organizationIds.flatMap((id) => Object.values(factKeys(id)))], {
    consistent: true,
  });
  const organizations = organizationIds
    .map((id) => organizationFromItem(found.get(keyString(factKeys(id).organization))))
    .filter((organization) => organization !== undefined);
  const directory = await getMany(
    organizations
      .filter((organization) => organization.partnerId)
      .map((organization) => directoryEntryEntity.key({ partnerId: organization.partnerId! })),
  );
  const facts = new Map<string, GatheredFacts>();
  for (const organization of organizations) {
    const keys = factKeys(organization.organizationId);
    const profile = (found.get(keyString(keys.profile)) as DirectBillProfile | undefined) ?? {
      organizationId: organization.organizationId,
      attestations: {},
      version: 0,
    };
    const record = organization.partnerId
      ? directoryRecordFromItem(
          directory.get(keyString(directoryEntryEntity.key({ partnerId: organization.partnerId }))),
        )
      : undefined;
    const revenue = revenueFromSummary(found.get(keyString(keys.revenue)), window);
    facts.set(organization.organizationId, {
      organization,
      profile,
      facts: {
        partnerId: organization.partnerId,
        partnerIdStatus: checkPartnerId(record, organization.partnerId, organization.country),
        attestations: profile.attestations ?? {},
        supportPlan: profile.supportPlan,
        creditCheck: profile.creditCheck,
        assessment: profile.assessment,
        revenueByMonth: revenue.byMonth,
        firstTransactionAt: revenue.firstTransactionAt,
      },
    });
  }
  return { policies: policySetFromItem(found.get(keyString(policySetKey))).policies, facts };
}

/** One partner's facts and the policies, in two rounds of one read each (three reads with its membership). */
export async function gatherFacts(
  organizationId: string,
  now = clock.now(),
): Promise<GatheredFacts & { policies: EligibilityPolicy[] }> {
  const { policies, facts } = await gatherFactsOfMany([organizationId], now);
  const gathered = facts.get(organizationId);
  if (!gathered) throw new NotFoundError('No such organization.');
  return { ...gathered, policies };
}

/**
 * Access pattern: the direct-bill partners whose review is due on or before `day` (the sparse gsi3 index,
 * sorted by date), one page per call: the job's cost grows with the partners due, not with all partners.
 */
export async function listDueProfiles(
  day: string,
  page: { limit: number; cursor?: Record<string, unknown> },
): Promise<{ profiles: DirectBillProfile[]; cursor?: Record<string, unknown> }> {
  const result = await db.send(
    new QueryCommand({
      TableName: tableName,
      IndexName: 'gsi3',
      KeyConditionExpression: 'gsi3pk = :due AND gsi3sk <= :today',
      ExpressionAttributeValues: {
        ':due': directBillProfileEntity.indexPartition('gsi3', {}),
        ':today': `${directBillProfileEntity.indexSortPrefix('gsi3', { nextReviewDue: day })}~`,
      },
      Limit: page.limit,
      ExclusiveStartKey: page.cursor,
    }),
  );
  return { profiles: (result.Items ?? []) as DirectBillProfile[], cursor: result.LastEvaluatedKey };
}
