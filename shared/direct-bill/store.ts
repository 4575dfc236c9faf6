import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { revenueByMonth } from '#shared/customers/orders-store';
import { directBillEvents } from '#shared/direct-bill/events';
import type { EligibilityFacts, EligibilityPolicy, Evaluation } from '#shared/direct-bill/rules';
import { trailingMonths } from '#shared/direct-bill/rules';
import { checkPartnerId, partnerDirectory } from '#shared/enrollment/partner-directory';
import { clock } from '#shared/platform/clock';
import { defineEntity } from '#shared/platform/entity';
import { ConflictError, NotFoundError } from '#shared/platform/errors';
import type { EventInput } from '#shared/platform/outbox';
import { db, putAll, type TransactItem, tableName, transact } from '#shared/platform/table';
import { getOrganization, type Organization } from '#shared/users/organizations-store';

export const directBillProfileEntity = defineEntity({
  name: 'DirectBillProfile',
  key: { pk: 'ORG#{organizationId}', sk: 'DIRECTBILL' },
  indexes: { gsi3: { pk: 'DIRECTBILL_DUE', sk: '{nextReviewDue}#{organizationId}' } },
  patterns: [
    "a partner's direct-bill record: GetItem",
    'the partners whose re-evaluation is due by a day: Query gsi3 (sparse)',
  ],
});

const policyEntity = defineEntity({
  name: 'EligibilityPolicy',
  key: { pk: 'POLICY#DIRECT_BILL', sk: '{version}' },
  patterns: ['every eligibility policy version: Query the partition'],
});

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

export async function listPolicies(): Promise<EligibilityPolicy[]> {
  const result = await db.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': policyEntity.partition({}) },
    }),
  );
  return (result.Items ?? []).map(({ version, effectiveFrom, description, criteria, publishedAt }) => ({
    version,
    effectiveFrom,
    description,
    criteria,
    ...(publishedAt ? { publishedAt } : {}),
  })) as EligibilityPolicy[];
}

export async function putPolicies(policies: EligibilityPolicy[]): Promise<number> {
  return putAll(
    policies.map((policy) => ({
      ...policyEntity.key({ version: policy.version }),
      entity: 'EligibilityPolicy',
      ...policy,
    })),
  );
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

/** The facts an evaluation reads: the organization, its PartnerID, its profile, and its revenue (one Query). */
export async function gatherFacts(
  organizationId: string,
  now = clock.now(),
): Promise<{ facts: EligibilityFacts; organization: Organization; profile: DirectBillProfile }> {
  const [organization, profile] = await Promise.all([getOrganization(organizationId), getProfile(organizationId)]);
  if (!organization) throw new NotFoundError('No such organization.');
  const window = trailingMonths(now, 24);
  const [record, revenue] = await Promise.all([
    organization.partnerId ? partnerDirectory.find(organization.partnerId) : Promise.resolve(undefined),
    revenueByMonth(organizationId, window),
  ]);
  const facts: EligibilityFacts = {
    partnerId: organization.partnerId,
    partnerIdStatus: checkPartnerId(record, organization.partnerId, organization.country),
    attestations: profile.attestations ?? {},
    supportPlan: profile.supportPlan,
    creditCheck: profile.creditCheck,
    assessment: profile.assessment,
    revenueByMonth: revenue.byMonth,
    firstTransactionAt: revenue.firstTransactionAt,
  };
  return { facts, organization, profile };
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
