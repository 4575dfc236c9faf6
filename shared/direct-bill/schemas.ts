import { attestationNames } from '#shared/direct-bill/rules';
import { Attestation } from '#shared/enrollment/schemas';
import { Id } from '#shared/platform/schemas';
import * as z from '#shared/platform/zod';

export const Criterion = z.object({
  id: z.string().min(1).max(64),
  kind: z.enum(['partnerId', 'attestation', 'supportPlan', 'revenue', 'tenure', 'assessment']),
  description: z.string().min(1).max(500),
  params: z
    .object({
      minimumUsd: z.number().nonnegative().optional(),
      months: z.number().int().positive().optional(),
      attestation: z.string().optional(),
    })
    .optional(),
});
export const EligibilityPolicy = z
  .object({
    version: z.string().regex(/^\d{4}-\d{2}$/),
    effectiveFrom: z.iso.datetime(),
    description: z.string().max(500),
    criteria: z.array(Criterion).min(1).max(30),
    publishedAt: z
      .string()
      .optional()
      .meta({ description: 'When an operator published it; a draft has none and never takes effect.' }),
  })
  .meta({ id: 'EligibilityPolicy' });
export const EligibilityPolicies = z.object({ items: z.array(EligibilityPolicy), inForce: z.string().optional() });

export const EligibilityQuery = z.object({
  policyVersion: z.string().max(16).optional().meta({ description: 'Evaluate against another version (what-if).' }),
});
export const Evaluation = z
  .object({
    policyVersion: z.string(),
    evaluatedAt: z.string(),
    eligible: z.boolean(),
    criteria: z.array(
      z.object({
        id: z.string(),
        kind: z.string(),
        description: z.string(),
        passed: z.boolean(),
        evidence: z.record(z.string(), z.unknown()),
        missing: z.string().optional(),
      }),
    ),
    status: z.string().optional(),
    transitionOffered: z.boolean().optional(),
  })
  .meta({ id: 'Evaluation' });

export const AttestationRequest = z.strictObject({
  attestation: z.enum(attestationNames),
  statement: z.string().trim().min(3).max(2000),
});
export const SupportPlanRequest = z.strictObject({
  plan: z.enum(['AdvancedSupportForPartners', 'PremierSupportForPartners']),
});
export const OperatorResultRequest = z.strictObject({
  passed: z.boolean(),
  notes: z.string().trim().max(2000).optional(),
  assessor: z.string().trim().max(200).optional(),
});
export const SignDirectBillAgreementRequest = z.strictObject({
  accept: z.literal(true, { message: 'must be true: the signer accepts the agreement' }),
});

export const Application = z
  .object({
    applicationId: Id,
    organizationId: Id,
    state: z.string(),
    policyVersion: z.string(),
    gate: Evaluation.optional(),
    decision: Evaluation.optional(),
    // the same attestation as the partner agreement's: who, when and from where
    agreement: Attestation.optional(),
    waiting: z.object({ step: z.string(), since: z.string(), dueAt: z.string() }).optional(),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'DirectBillApplication' });

export const OrganizationParams = z.strictObject({ organizationId: Id });
export const ReevaluationResult = z.object({
  organizationId: Id,
  outcome: z.enum(['Passed', 'Restricted', 'Lifted', 'NotDue']),
  nextReviewDue: z.string().optional(),
  reasons: z.array(z.string()).optional(),
});

export const TransitionRequest = z.strictObject({ providerId: Id });
export const Transition = z
  .object({
    organizationId: Id,
    providerId: Id,
    state: z.enum(['InProgress', 'Completed']),
    steps: z.array(z.object({ step: z.string(), state: z.enum(['Pending', 'Done']), doneAt: z.string().optional() })),
    startedAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'DirectBillTransition' });
export const TransitionStepParams = z.strictObject({ step: z.enum(['CustomersBillingMoved', 'DirectBillEnded']) });
export const PartnerIdParams = z.strictObject({ partnerId: Id });
