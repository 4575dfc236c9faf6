import {
  type ApplicationRecord,
  answerApplicationStep,
  insertApplication,
  requireApplication,
} from '#shared/direct-bill/applications-store';
import { type Evaluation, evaluate, policyInForce } from '#shared/direct-bill/rules';
import type { AttestationRequest, OperatorResultRequest, SupportPlanRequest } from '#shared/direct-bill/schemas';
import { gatherFacts, getProfile, listPolicies, profileUpdateItem, updateProfile } from '#shared/direct-bill/store';
import {
  completeStep,
  getTransition,
  insertTransition,
  type TransitionRecord,
  transitionSteps,
} from '#shared/direct-bill/transitions-store';
import { agreementCatalog } from '#shared/enrollment/agreements';
import { getLinkBetween } from '#shared/partners/links-store';
import { clock } from '#shared/platform/clock';
import { newId } from '#shared/platform/crypto';
import { ConflictError, NotFoundError } from '#shared/platform/errors';
import { publicLink } from '#shared/platform/links';
import type * as z from '#shared/platform/zod';
import type { Member } from '#shared/users/members-store';
import { getOrganization, setProgramItem } from '#shared/users/organizations-store';

/** The direct-bill actions a partner or an operator takes, the same from the API and from the console. */

export type EligibilityAnswer = Evaluation & { status?: string; transitionOffered: boolean };

/** Explainable: every criterion, pass or fail, its evidence and what is missing; any version for a what-if. */
export async function eligibilityOf(organizationId: string, policyVersion?: string): Promise<EligibilityAnswer> {
  const now = clock.now();
  const { facts, organization, policies } = await gatherFacts(organizationId, now);
  const policy = policyVersion ? policies.find((p) => p.version === policyVersion) : policyInForce(policies, now);
  if (!policy) throw new NotFoundError(`No eligibility policy ${policyVersion ?? 'in force'}.`);
  const status = organization.programs.DirectBill?.status;
  return { ...evaluate(policy, facts, now), status, transitionOffered: status === 'Restricted' };
}

/** A global admin attests one requirement (signing authority, first-level support...); answers the new evaluation. */
export async function attest(
  caller: Member,
  request: z.output<typeof AttestationRequest>,
  correlationId: string,
): Promise<Evaluation> {
  const profile = await getProfile(caller.organizationId);
  const attestations = {
    ...profile.attestations,
    [request.attestation]: { by: caller.userId, at: clock.nowIso(), statement: request.statement },
  };
  await updateProfile(
    profile,
    { attestations },
    { type: 'DirectBillAttested', payload: { attestation: request.attestation } },
    correlationId,
  );
  const now = clock.now();
  const { facts, policies } = await gatherFacts(caller.organizationId, now);
  return evaluate(policyInForce(policies, now)!, facts, now);
}

/** The application and its event in one transaction; the outbox starts its workflow, named after it. */
export async function applyForDirectBill(caller: Member, correlationId: string): Promise<ApplicationRecord> {
  const organization = await getOrganization(caller.organizationId);
  if (organization?.programs.DirectBill && organization.programs.DirectBill.status !== 'Ended') {
    throw new ConflictError('Your organization is already a direct-bill partner.', {
      status: organization.programs.DirectBill.status,
    });
  }
  const now = clock.nowIso();
  const applicationId = newId();
  const record: ApplicationRecord = {
    applicationId,
    organizationId: caller.organizationId,
    state: 'EligibilityCheck',
    policyVersion: policyInForce(await listPolicies(), clock.now())!.version,
    executionName: applicationId,
    createdBy: caller.userId,
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
  await insertApplication(record, correlationId);
  return record;
}

/** Seed 001: do NOT buy a support plan before the credit check passed; recording one earlier answers 409 saying so. */
export async function takeSupportPlan(
  caller: Member,
  plan: z.output<typeof SupportPlanRequest>['plan'],
  correlationId: string,
): Promise<ApplicationRecord> {
  const application = await requireApplication(caller.organizationId);
  if (['EligibilityCheck', 'AwaitingCreditCheck', 'CreditCheckPassed'].includes(application.state)) {
    throw new ConflictError(
      'Do not buy a support plan yet: the credit check has not passed. We email you when it does; buy the plan only then.',
      { applicationState: application.state },
    );
  }
  const profile = await getProfile(caller.organizationId);
  await answerApplicationStep({
    record: application,
    step: 'SupportPlan',
    to: 'SupportPlanRecorded',
    output: { plan },
    extra: [profileUpdateItem(profile, { supportPlan: { plan, purchasedAt: clock.nowIso() } })],
    correlationId,
    action: 'take a support plan',
  });
  return requireApplication(caller.organizationId);
}

/** A global admin signs the direct-bill agreement; the attestation rides on the application, in the same write. */
export async function signDirectBill(
  caller: Member,
  client: { ip: string; userAgent: string },
  correlationId: string,
): Promise<ApplicationRecord> {
  const application = await requireApplication(caller.organizationId);
  const current = agreementCatalog.DirectBillAgreement!.current;
  const agreement = {
    agreementType: 'DirectBillAgreement',
    agreementVersion: current,
    agreementLink: publicLink(`/v1/agreements/DirectBillAgreement/versions/${current}`),
    signerId: caller.userId,
    signerName: caller.fullName,
    signerEmail: caller.email,
    signedAt: clock.nowIso(),
    ipAddress: client.ip,
    userAgent: client.userAgent.slice(0, 512),
  };
  // activation copies it to the organization
  await answerApplicationStep({
    record: application,
    step: 'Agreement',
    to: 'AgreementSigned',
    output: { signed: true },
    set: { agreement },
    correlationId,
    action: 'be signed',
  });
  return requireApplication(caller.organizationId);
}

/**
 * An operator records a credit check (seed 001: it can take days; the partner is emailed when it passes) or the
 * third-party capabilities assessment (billing, provisioning, technical support, security).
 */
export async function recordOperatorResult(
  organizationId: string,
  step: 'CreditCheck' | 'Assessment',
  result: z.output<typeof OperatorResultRequest>,
  correlationId: string,
): Promise<ApplicationRecord> {
  const [application, profile] = await Promise.all([requireApplication(organizationId), getProfile(organizationId)]);
  const recordedAt = clock.nowIso();
  await answerApplicationStep(
    step === 'CreditCheck'
      ? {
          record: application,
          step,
          to: result.passed ? 'CreditCheckPassed' : 'CreditCheckFailed',
          output: { passed: result.passed },
          extra: [profileUpdateItem(profile, { creditCheck: { passed: result.passed, recordedAt } })],
          correlationId,
          action: 'take a credit check result',
        }
      : {
          record: application,
          step,
          to: 'Assessed',
          output: { passed: result.passed },
          extra: [
            profileUpdateItem(profile, {
              assessment: { passed: result.passed, assessor: result.assessor ?? 'unnamed assessor', recordedAt },
            }),
          ],
          correlationId,
          action: 'take an assessment',
        },
  );
  return requireApplication(organizationId);
}

/** The partner's transition steps: its customers' billing moved, then direct-bill ends and it is an indirect reseller. */
export async function completeTransitionStepFor(
  caller: Member,
  step: 'CustomersBillingMoved' | 'DirectBillEnded',
  correlationId: string,
): Promise<TransitionRecord> {
  const transition = await getTransition(caller.organizationId);
  const extra =
    step === 'DirectBillEnded'
      ? [
          setProgramItem(caller.organizationId, 'DirectBill', 'Ended'),
          profileUpdateItem(await getProfile(caller.organizationId), { status: 'Ended' }),
        ]
      : [];
  return completeStep(transition, step, correlationId, extra);
}

/** Seed 001: a direct-bill partner (restricted ones are offered it) moves to indirect reseller with a provider. */
export async function startTransition(
  caller: Member,
  providerId: string,
  correlationId: string,
): Promise<TransitionRecord> {
  const organization = await getOrganization(caller.organizationId);
  const status = organization?.programs.DirectBill?.status;
  if (status !== 'Active' && status !== 'Restricted')
    throw new ConflictError('Only a direct-bill partner can transition to indirect reseller.', {
      directBillStatus: status,
    });
  const link = await getLinkBetween(caller.organizationId, providerId);
  if (link?.side !== 'reseller' || link.link.state !== 'Active')
    throw new ConflictError('Choose an indirect provider you are actively linked with.', {
      linkState: link?.link.state ?? 'None',
    });
  const record: TransitionRecord = {
    organizationId: caller.organizationId,
    providerId,
    state: 'InProgress',
    steps: transitionSteps.map((step) => ({ step, state: 'Pending' })),
    startedAt: clock.nowIso(),
    version: 1,
  };
  await insertTransition(record, correlationId);
  return record;
}

/** The provider the partner chose accepts it: the first step of the checklist (another provider finds nothing). */
export async function acceptTransitionAsProvider(
  caller: Member,
  partnerId: string,
  correlationId: string,
): Promise<TransitionRecord> {
  const transition = await getTransition(partnerId).catch(() => undefined);
  if (!transition || transition.providerId !== caller.organizationId)
    throw new NotFoundError('No transition to you from that partner.');
  return completeStep(transition, 'ProviderAccepts', correlationId);
}
