import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { EligibilityFacts, EligibilityPolicy, Evaluation } from '#shared/direct-bill/rules';
import { trailingMonths } from '#shared/direct-bill/rules';
import { checkPartnerId, partnerDirectory } from '#shared/enrollment/partner-directory';
import { clock } from '#shared/platform/clock';
import { ConflictError, NotFoundError } from '#shared/platform/errors';
import { keys } from '#shared/platform/keys';
import { putEvent } from '#shared/platform/outbox';
import { db, putAll, type TransactItem, tableName, transact } from '#shared/platform/table';
import { getOrganization, type Organization } from '#shared/users/organizations-store';

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
  version: number;
}

export const dueIndex = 'DIRECTBILL_DUE';

// ---- policies (data, not code)

export async function listPolicies(): Promise<EligibilityPolicy[]> {
  const result = await db.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': 'POLICY#DIRECT_BILL' },
    }),
  );
  return (result.Items ?? []).map(({ version, effectiveFrom, description, criteria }) => ({
    version,
    effectiveFrom,
    description,
    criteria,
  })) as EligibilityPolicy[];
}

export async function putPolicies(policies: EligibilityPolicy[]): Promise<number> {
  return putAll(
    policies.map((policy) => ({
      pk: 'POLICY#DIRECT_BILL',
      sk: policy.version,
      entity: 'EligibilityPolicy',
      ...policy,
    })),
  );
}

// ---- profile

export async function getProfile(organizationId: string): Promise<DirectBillProfile> {
  const { Item } = await db.send(
    new GetCommand({ TableName: tableName, Key: keys.directBillProfile(organizationId), ConsistentRead: true }),
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
    values[':due'] = dueIndex;
    values[':dueKey'] = `${set.nextReviewDue}#${profile.organizationId}`;
  }
  // an ended direct-bill partner leaves the due-date index
  const remove = set.status === 'Ended' ? ' REMOVE gsi3pk, gsi3sk' : '';
  const condition = profile.version === 0 ? 'attribute_not_exists(pk)' : 'version = :expected';
  if (profile.version !== 0) values[':expected'] = profile.version;
  return {
    Update: {
      TableName: tableName,
      Key: keys.directBillProfile(profile.organizationId),
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
  event?: { type: string; payload: Record<string, unknown> },
  correlationId?: string,
  extra: TransactItem[] = [],
): Promise<void> {
  await transact(
    [
      profileUpdateItem(profile, set),
      ...extra,
      ...(event
        ? [putEvent(event.type, event.payload, { organizationId: profile.organizationId, correlationId })]
        : []),
    ],
    () => new ConflictError('The direct-bill record changed at the same moment; try again.'),
  );
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
  const [record, revenue, first] = await Promise.all([
    organization.partnerId ? partnerDirectory.find(organization.partnerId) : Promise.resolve(undefined),
    db.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
        ExpressionAttributeValues: {
          ':pk': `ORG#${organizationId}`,
          ':from': `REVENUE#${window[window.length - 1]}`,
          ':to': `REVENUE#${window[0]}#~`,
        },
        ProjectionExpression: 'sk, usd',
      }),
    ),
    db.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :rev)',
        ExpressionAttributeValues: { ':pk': `ORG#${organizationId}`, ':rev': 'REVENUE#' },
        Limit: 1,
        ProjectionExpression: 'sk, #date',
        ExpressionAttributeNames: { '#date': 'date' },
      }),
    ),
  ]);
  const revenueByMonth: Record<string, number> = {};
  for (const item of revenue.Items ?? []) {
    const month = String(item.sk).slice('REVENUE#'.length, 'REVENUE#'.length + 7);
    revenueByMonth[month] = (revenueByMonth[month] ?? 0) + Number(item.usd);
  }
  const facts: EligibilityFacts = {
    partnerId: organization.partnerId,
    partnerIdStatus: checkPartnerId(record, organization.partnerId, organization.country),
    attestations: profile.attestations ?? {},
    supportPlan: profile.supportPlan,
    creditCheck: profile.creditCheck,
    assessment: profile.assessment,
    revenueByMonth,
    firstTransactionAt: first.Items?.[0]?.date as string | undefined,
  };
  return { facts, organization, profile };
}
