import { directBillEvents } from '#shared/direct-bill/events';
import { type EligibilityPolicy, evaluate, policyInForce } from '#shared/direct-bill/rules';
import { type GatheredFacts, gatherFacts, profileUpdateItem } from '#shared/direct-bill/store';
import { clock } from '#shared/platform/clock';
import { ConflictError, NotFoundError } from '#shared/platform/errors';
import { type TransactItem, transact } from '#shared/platform/table';
import { setProgramItem } from '#shared/users/organizations-store';

export type ReevaluationOutcome = 'Passed' | 'Restricted' | 'Lifted' | 'NotDue';

const addDays = (day: string, days: number) =>
  new Date(new Date(`${day}T00:00:00Z`).getTime() + days * 86_400_000).toISOString().slice(0, 10);
const addYear = (day: string) => {
  const d = new Date(`${day}T00:00:00Z`);
  return new Date(Date.UTC(d.getUTCFullYear() + 1, d.getUTCMonth(), d.getUTCDate())).toISOString().slice(0, 10);
};

/** A restricted partner is looked at again monthly, so meeting the requirements again lifts it soon. */
export const restrictedRecheckDays = 30;

export interface ReevaluationDecision {
  outcome: ReevaluationOutcome;
  nextReviewDue?: string;
  reasons?: string[];
  /** The one transaction's items when the outcome is to be recorded; none when nothing changes. */
  items: TransactItem[];
}

/**
 * Decides one direct-bill partner's re-evaluation against the policy in force (seed 001: "annual
 * re-evaluation") from its gathered facts, without reading or writing. Passing moves its review a year on
 * (and lifts a restriction); failing restricts it (no new purchases for its customers, existing subscriptions
 * untouched) with the reasons. The items are conditional on the record's version read, so the job and a
 * manual re-evaluation at once have one effect, and a second run of the same day finds nothing due.
 */
export function decideReevaluation(
  { facts, organization, profile }: GatheredFacts,
  policies: EligibilityPolicy[],
  options: { onlyIfDue: boolean; correlationId?: string; expectedVersion?: number },
  now: Date,
): ReevaluationDecision {
  const organizationId = organization.organizationId;
  const today = now.toISOString().slice(0, 10);
  if (!organization.programs.DirectBill || organization.programs.DirectBill.status === 'Ended')
    throw new NotFoundError('Not a direct-bill partner.');
  const due = !profile.nextReviewDue || profile.nextReviewDue <= today;
  if (options.onlyIfDue && !due) return { outcome: 'NotDue', nextReviewDue: profile.nextReviewDue, items: [] };
  if (options.expectedVersion !== undefined && options.expectedVersion !== profile.version)
    return { outcome: 'NotDue', nextReviewDue: profile.nextReviewDue, items: [] };
  // once per partner per day, whoever triggers it (the job, an operator): the day's result, no second email
  if (profile.lastEvaluatedOn === today && profile.lastOutcome)
    return {
      outcome: profile.lastOutcome,
      nextReviewDue: profile.nextReviewDue,
      reasons: profile.restrictionReasons?.length ? profile.restrictionReasons : undefined,
      items: [],
    };

  const policy = policyInForce(policies, now);
  if (!policy) throw new Error('no eligibility policy in force');
  const evaluation = evaluate(policy, facts, now);
  const wasRestricted = organization.programs.DirectBill.status === 'Restricted';
  const reasons = evaluation.criteria.filter((c) => !c.passed).map((c) => c.missing ?? c.description);
  // before its review date a partner is not restricted: it has until then to meet the requirements again; an
  // early (manual) evaluation that fails answers what is missing and changes nothing
  if (!evaluation.eligible && !wasRestricted && !due)
    return { outcome: 'NotDue', nextReviewDue: profile.nextReviewDue, reasons, items: [] };
  const outcome: ReevaluationOutcome = evaluation.eligible ? (wasRestricted ? 'Lifted' : 'Passed') : 'Restricted';
  const nextReviewDue = evaluation.eligible ? addYear(today) : addDays(today, restrictedRecheckDays);
  const statusChanges = evaluation.eligible === wasRestricted;
  // a monthly re-check of a partner still restricted is recorded without telling it the same again
  const stillRestricted = wasRestricted && !evaluation.eligible;
  return {
    outcome,
    nextReviewDue,
    reasons: evaluation.eligible ? undefined : reasons,
    items: [
      profileUpdateItem(profile, {
        status: evaluation.eligible ? 'Active' : 'Restricted',
        restrictionReasons: evaluation.eligible ? [] : reasons,
        lastEvaluation: evaluation,
        nextReviewDue,
        lastEvaluatedOn: today,
        lastOutcome: outcome,
      }),
      ...(statusChanges
        ? [setProgramItem(organizationId, 'DirectBill', evaluation.eligible ? 'Active' : 'Restricted')]
        : []),
      directBillEvents.put(
        stillRestricted ? 'DirectBillRechecked' : `DirectBill${outcome}`,
        { policyVersion: policy.version, reasons, nextReviewDue },
        { organizationId, correlationId: options.correlationId },
      ),
    ],
  };
}

/** Re-evaluates one partner now (an operator's request): two read rounds, at most one transaction. */
export async function reevaluatePartner(
  organizationId: string,
  options: { onlyIfDue: boolean; correlationId?: string },
): Promise<{ outcome: ReevaluationOutcome; nextReviewDue?: string; reasons?: string[] }> {
  const now = clock.now();
  const { policies, ...gathered } = await gatherFacts(organizationId, now);
  const { items, ...decision } = decideReevaluation(gathered, policies, options, now);
  if (items.length === 0) return decision;
  try {
    await transact(items, () => new ConflictError('re-evaluated meanwhile'));
  } catch (error) {
    if (error instanceof ConflictError) return { outcome: 'NotDue', nextReviewDue: gathered.profile.nextReviewDue };
    throw error;
  }
  return decision;
}
