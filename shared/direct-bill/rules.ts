/**
 * Direct-bill eligibility as a versioned, explainable policy (seed 001). The kinds of criteria are code;
 * their thresholds, effective dates and set are data, so a new version (the public rules changed in 2018,
 * 2020 and later) is added without code. Evaluation is pure: it takes the facts and answers, per criterion,
 * pass or fail, the evidence and what is missing.
 */
export type CriterionKind = 'partnerId' | 'attestation' | 'supportPlan' | 'revenue' | 'tenure' | 'assessment';

export interface Criterion {
  id: string;
  kind: CriterionKind;
  description: string;
  /** revenue: minimumUsd and months; tenure: months; attestation: the attestation's name. */
  params?: { minimumUsd?: number; months?: number; attestation?: string };
}

export interface EligibilityPolicy {
  version: string;
  effectiveFrom: string;
  description: string;
  criteria: Criterion[];
  /** When an operator published it: a draft (unpublished) version never takes effect by itself. */
  publishedAt?: string;
}

export interface EligibilityFacts {
  partnerIdStatus: 'Valid' | 'Missing' | 'NotFound' | 'Inactive' | 'CountryMismatch';
  partnerId?: string;
  attestations: Record<string, { by: string; at: string; statement?: string } | undefined>;
  supportPlan?: { plan: string; purchasedAt: string };
  creditCheck?: { passed: boolean; recordedAt: string };
  assessment?: { passed: boolean; assessor: string; recordedAt: string };
  /** USD revenue as reseller of record per month (`yyyy-mm`). */
  revenueByMonth: Record<string, number>;
  firstTransactionAt?: string;
}

export interface CriterionResult {
  id: string;
  kind: CriterionKind;
  description: string;
  passed: boolean;
  evidence: Record<string, unknown>;
  missing?: string;
}

export interface Evaluation {
  policyVersion: string;
  evaluatedAt: string;
  eligible: boolean;
  criteria: CriterionResult[];
}

const monthsBetween = (from: Date, to: Date) =>
  (to.getUTCFullYear() - from.getUTCFullYear()) * 12 +
  (to.getUTCMonth() - from.getUTCMonth()) -
  (to.getUTCDate() < from.getUTCDate() ? 1 : 0);

/** The `yyyy-mm` keys of the `months` months before `now` (the trailing window, current month excluded). */
export function trailingMonths(now: Date, months: number): string[] {
  return Array.from({ length: months }, (_, i) => {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1 - i, 1));
    return d.toISOString().slice(0, 7);
  });
}

export function evaluate(policy: EligibilityPolicy, facts: EligibilityFacts, now: Date): Evaluation {
  const criteria = policy.criteria.map((criterion): CriterionResult => {
    const base = { id: criterion.id, kind: criterion.kind, description: criterion.description };
    switch (criterion.kind) {
      case 'partnerId': {
        const passed = facts.partnerIdStatus === 'Valid';
        return {
          ...base,
          passed,
          evidence: { partnerId: facts.partnerId, status: facts.partnerIdStatus },
          missing: passed ? undefined : 'An active PartnerID for your location, linked to your account',
        };
      }
      case 'attestation': {
        const name = criterion.params?.attestation ?? criterion.id;
        const attestation = facts.attestations[name];
        return {
          ...base,
          passed: Boolean(attestation),
          evidence: attestation
            ? { attestedBy: attestation.by, at: attestation.at, statement: attestation.statement }
            : {},
          missing: attestation ? undefined : `A global admin's attestation: ${criterion.description}`,
        };
      }
      case 'supportPlan': {
        const afterCredit =
          facts.supportPlan &&
          facts.creditCheck?.passed &&
          facts.supportPlan.purchasedAt >= facts.creditCheck.recordedAt;
        return {
          ...base,
          passed: Boolean(afterCredit),
          evidence: { supportPlan: facts.supportPlan, creditCheck: facts.creditCheck },
          missing: afterCredit
            ? undefined
            : facts.creditCheck?.passed
              ? 'An advanced or premier support plan, bought after the credit check passed'
              : 'A passed credit check, then a support plan (do not buy one before)',
        };
      }
      case 'revenue': {
        const months = criterion.params?.months ?? 12;
        const minimum = criterion.params?.minimumUsd ?? 0;
        const window = trailingMonths(now, months);
        const total =
          Math.round(window.reduce((sum, month) => sum + (facts.revenueByMonth[month] ?? 0), 0) * 100) / 100;
        const passed = total >= minimum;
        return {
          ...base,
          passed,
          evidence: { trailingUsd: total, minimumUsd: minimum, from: window[window.length - 1], to: window[0] },
          missing: passed
            ? undefined
            : `USD ${Math.round((minimum - total) * 100) / 100} more revenue in the trailing ${months} months`,
        };
      }
      case 'tenure': {
        const months = criterion.params?.months ?? 12;
        const since = facts.firstTransactionAt;
        const held = since ? monthsBetween(new Date(since), now) : 0;
        const passed = held >= months;
        return {
          ...base,
          passed,
          evidence: { firstTransactionAt: since, months: held, required: months },
          missing: passed ? undefined : `${months - held} more months transacting as an indirect reseller`,
        };
      }
      case 'assessment': {
        const passed = facts.assessment?.passed === true;
        return {
          ...base,
          passed,
          evidence: { assessment: facts.assessment },
          missing: passed
            ? undefined
            : 'A passed capabilities assessment (billing, provisioning, technical support, security) by a third-party assessor',
        };
      }
      default:
        // policies are data: a criterion this code does not know never passes by accident
        return {
          ...base,
          passed: false,
          evidence: {},
          missing: 'A criterion this version of the product cannot evaluate',
        };
    }
  });
  return {
    policyVersion: policy.version,
    evaluatedAt: now.toISOString(),
    eligible: criteria.every((c) => c.passed),
    criteria,
  };
}

/** The policy in force at a moment: the latest published version already effective (drafts never are). */
export function policyInForce(policies: EligibilityPolicy[], at: Date): EligibilityPolicy | undefined {
  return [...policies]
    .filter((p) => p.publishedAt !== undefined && p.effectiveFrom <= at.toISOString())
    .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0];
}

/** Criteria the application's gate checks before anything else (the assessment, support plan and decision come later). */
export const gateKinds: readonly CriterionKind[] = ['partnerId', 'revenue', 'tenure', 'attestation'];

const seedCriteria = (minimumUsd: number): Criterion[] => [
  {
    id: 'partnerId',
    kind: 'partnerId',
    description: 'An active membership and PartnerID for the location where you want to sell',
  },
  {
    id: 'signingAuthority',
    kind: 'attestation',
    description: 'The authority to accept and sign legal agreements on behalf of the organization',
    params: { attestation: 'signingAuthority' },
  },
  {
    id: 'firstLevelSupport',
    kind: 'attestation',
    description: 'The ability to provide first-level support for cloud products to customers',
    params: { attestation: 'firstLevelSupport' },
  },
  {
    id: 'supportPlan',
    kind: 'supportPlan',
    description: 'An advanced or premier support plan, bought only after the credit check passed',
  },
  {
    id: 'revenue',
    kind: 'revenue',
    description: `At least USD ${minimumUsd.toLocaleString('en-US')} of CSP revenue in the trailing 12 months as an indirect reseller`,
    params: { minimumUsd, months: 12 },
  },
  {
    id: 'tenure',
    kind: 'tenure',
    description: 'At least 12 months transacting as an indirect reseller',
    params: { months: 12 },
  },
  {
    id: 'customerAccounting',
    kind: 'attestation',
    description: 'Organizational infrastructure to manage customer billing and provisioning',
    params: { attestation: 'customerAccounting' },
  },
  {
    id: 'capabilities',
    kind: 'assessment',
    description:
      'Minimum capabilities (billing, provisioning, technical support, security) confirmed by a third-party assessment',
  },
  {
    id: 'managedService',
    kind: 'attestation',
    description: 'At least one managed service, IP service or customer solution application',
    params: { attestation: 'managedService' },
  },
];

/** The seed's version (USD 300K), and a later one (USD 1M) to evaluate what-ifs against. */
export const seedPolicies: EligibilityPolicy[] = [
  {
    version: '2020-10',
    effectiveFrom: '2020-10-01T00:00:00.000Z',
    description: 'Seed 001: USD 300K trailing revenue, 12 months as an indirect reseller.',
    criteria: seedCriteria(300_000),
    publishedAt: '2020-09-01T00:00:00.000Z',
  },
  {
    version: '2027-07',
    effectiveFrom: '2027-07-01T00:00:00.000Z',
    description:
      'A draft raising the revenue requirement to USD 1M: it takes effect only if an operator publishes it (addEligibilityPolicy).',
    criteria: seedCriteria(1_000_000),
  },
];

export const attestationNames = [
  'signingAuthority',
  'firstLevelSupport',
  'customerAccounting',
  'managedService',
] as const;
