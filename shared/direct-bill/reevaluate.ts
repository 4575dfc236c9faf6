import { directBillEvents } from '#shared/direct-bill/events';
import { type EligibilityPolicy, evaluate, policyInForce } from '#shared/direct-bill/rules';
import { type DirectBillProfile, gatherFacts, listPolicies, profileUpdateItem } from '#shared/direct-bill/store';
import { clock } from '#shared/platform/clock';
import { ConflictError, NotFoundError } from '#shared/platform/errors';
import { transact } from '#shared/platform/table';
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

/**
 * Re-evaluates one direct-bill partner against the policy in force (seed 001: "annual re-evaluation").
 * Passing moves its review a year on (and lifts a restriction); failing restricts it (no new purchases for
 * its customers, existing subscriptions untouched) with the reasons. Every write is conditional on the
 * profile version read, so the job and a manual re-evaluation at once have one effect, and a second run of
 * the same day finds nothing due.
 */
export async function reevaluatePartner(
  organizationId: string,
  options: { onlyIfDue: boolean; policies?: EligibilityPolicy[]; correlationId?: string; profile?: DirectBillProfile },
): Promise<{ outcome: ReevaluationOutcome; nextReviewDue?: string; reasons?: string[] }> {
  const now = clock.now();
  const today = now.toISOString().slice(0, 10);
  const { facts, organization, profile } = await gatherFacts(organizationId, now);
  if (!organization.programs.DirectBill || organization.programs.DirectBill.status === 'Ended')
    throw new NotFoundError('Not a direct-bill partner.');
  const due = !profile.nextReviewDue || profile.nextReviewDue <= today;
  if (options.onlyIfDue && !due) return { outcome: 'NotDue', nextReviewDue: profile.nextReviewDue };
  if (options.profile && options.profile.version !== profile.version)
    return { outcome: 'NotDue', nextReviewDue: profile.nextReviewDue };
  // once per partner per day, whoever triggers it (the job, an operator): the day's result, no second email
  if (profile.lastEvaluatedOn === today && profile.lastOutcome)
    return {
      outcome: profile.lastOutcome,
      nextReviewDue: profile.nextReviewDue,
      reasons: profile.restrictionReasons?.length ? profile.restrictionReasons : undefined,
    };

  const policy = policyInForce(options.policies ?? (await listPolicies()), now);
  if (!policy) throw new Error('no eligibility policy in force');
  const evaluation = evaluate(policy, facts, now);
  const wasRestricted = organization.programs.DirectBill.status === 'Restricted';
  const reasons = evaluation.criteria.filter((c) => !c.passed).map((c) => c.missing ?? c.description);
  // before its review date a partner is not restricted: it has until then to meet the requirements again; an
  // early (manual) evaluation that fails answers what is missing and changes nothing
  if (!evaluation.eligible && !wasRestricted && !due)
    return { outcome: 'NotDue', nextReviewDue: profile.nextReviewDue, reasons };
  const outcome: ReevaluationOutcome = evaluation.eligible ? (wasRestricted ? 'Lifted' : 'Passed') : 'Restricted';
  const nextReviewDue = evaluation.eligible ? addYear(today) : addDays(today, restrictedRecheckDays);
  const statusChanges = evaluation.eligible === wasRestricted;
  // a monthly re-check of a partner still restricted is recorded without telling it the same again
  const stillRestricted = wasRestricted && !evaluation.eligible;
  try {
    await transact(
      [
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
      () => new ConflictError('re-evaluated meanwhile'),
    );
  } catch (error) {
    if (error instanceof ConflictError) return { outcome: 'NotDue', nextReviewDue: profile.nextReviewDue };
    throw error;
  }
  return { outcome, nextReviewDue, reasons: evaluation.eligible ? undefined : reasons };
}
