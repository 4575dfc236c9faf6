import {
  Application,
  AttestationRequest,
  EligibilityPolicies,
  EligibilityPolicy,
  EligibilityQuery,
  Evaluation,
  OperatorResultRequest,
  OrganizationParams,
  PartnerIdParams,
  ReevaluationResult,
  SignDirectBillAgreementRequest,
  SupportPlanRequest,
  Transition,
  TransitionRequest,
  TransitionStepParams,
} from '#shared/direct-bill/schemas';
import { defineRoute } from '#shared/http/route';

const base = { tag: 'DirectBill', auth: 'user' } as const;

export const listEligibilityPolicies = defineRoute({
  ...base,
  operationId: 'listEligibilityPolicies',
  method: 'GET',
  path: '/v1/direct-bill/eligibility-policies',
  summary: 'The direct-bill eligibility policy versions, with their criteria and effective dates.',
  handler: 'functions/direct-bill/list-eligibility-policies.ts',
  permission: 'directbill:manage',
  responses: { 200: { description: 'The versions.', body: EligibilityPolicies } },
  grants: { table: 'read' },
});

export const addEligibilityPolicy = defineRoute({
  ...base,
  operationId: 'addEligibilityPolicy',
  method: 'PUT',
  path: '/v1/operator/eligibility-policies',
  summary: 'Publish a policy version (new, or a listed draft): data, not code. It takes effect from its effectiveFrom.',
  tag: 'Operations',
  handler: 'functions/direct-bill/add-eligibility-policy.ts',
  permission: 'operator:reference-data',
  request: { body: EligibilityPolicy.omit({ publishedAt: true }) },
  responses: {
    200: { description: 'Published: it takes effect from its effectiveFrom.', body: EligibilityPolicy },
    409: { description: 'That version is published already.' },
  },
  grants: { table: 'readWrite' },
});

export const getDirectBillEligibility = defineRoute({
  ...base,
  operationId: 'getDirectBillEligibility',
  method: 'GET',
  path: '/v1/direct-bill/eligibility',
  summary:
    'Evaluate the organization: each criterion with pass or fail, the evidence and what is missing; any version for a what-if.',
  handler: 'functions/direct-bill/get-eligibility.ts',
  permission: 'directbill:manage',
  request: { query: EligibilityQuery },
  responses: {
    200: { description: 'The evaluation.', body: Evaluation },
    404: { description: 'No such policy version.' },
  },
  grants: { table: 'read' },
});

export const recordDirectBillAttestation = defineRoute({
  ...base,
  operationId: 'recordDirectBillAttestation',
  method: 'POST',
  path: '/v1/direct-bill/attestations',
  summary:
    'A global admin attests a requirement (signing authority, first-level support, customer accounting, a managed service).',
  handler: 'functions/direct-bill/record-attestation.ts',
  permission: 'directbill:manage',
  request: { body: AttestationRequest },
  responses: { 200: { description: 'Recorded.', body: Evaluation } },
  grants: { table: 'readWrite' },
});

export const createDirectBillApplication = defineRoute({
  ...base,
  operationId: 'createDirectBillApplication',
  method: 'POST',
  path: '/v1/direct-bill/applications',
  summary:
    'Apply to become a direct-bill partner: starts the application workflow (gate, credit check, support plan, assessment, decision, agreement).',
  handler: 'functions/direct-bill/create-application.ts',
  permission: 'directbill:manage',
  responses: {
    201: { description: 'Started.', body: Application },
    409: { description: 'An application is already in progress, or the organization is already direct-bill.' },
  },
  grants: { table: 'readWrite' },
});

export const getDirectBillApplication = defineRoute({
  ...base,
  operationId: 'getDirectBillApplication',
  method: 'GET',
  path: '/v1/direct-bill/applications/current',
  summary: 'The organization’s current (or last) direct-bill application.',
  handler: 'functions/direct-bill/get-application.ts',
  permission: 'directbill:manage',
  responses: { 200: { description: 'The application.', body: Application }, 404: { description: 'None yet.' } },
  grants: { table: 'read' },
});

export const recordCreditCheck = defineRoute({
  ...base,
  operationId: 'recordCreditCheck',
  method: 'POST',
  path: '/v1/operator/direct-bill/{organizationId}/credit-check',
  summary: 'An operator records the result of the credit check (it can take days).',
  tag: 'Operations',
  handler: 'functions/direct-bill/record-credit-check.ts',
  permission: 'operator:review',
  request: { params: OrganizationParams, body: OperatorResultRequest },
  responses: {
    200: { description: 'Recorded.', body: Application },
    409: { description: 'The application is not waiting for a credit check.' },
  },
  grants: { table: 'readWrite' },
});

export const recordSupportPlan = defineRoute({
  ...base,
  operationId: 'recordSupportPlan',
  method: 'POST',
  path: '/v1/direct-bill/support-plan',
  summary: 'Record the advanced or premier support plan bought, only after the credit check passed.',
  handler: 'functions/direct-bill/record-support-plan.ts',
  permission: 'directbill:manage',
  request: { body: SupportPlanRequest },
  responses: {
    200: { description: 'Recorded.', body: Application },
    409: { description: 'Not yet: the credit check has not passed (do NOT buy a support plan before).' },
  },
  grants: { table: 'readWrite' },
});

export const recordAssessment = defineRoute({
  ...base,
  operationId: 'recordAssessment',
  method: 'POST',
  path: '/v1/operator/direct-bill/{organizationId}/assessment',
  summary: 'An operator records the third-party capabilities assessment.',
  tag: 'Operations',
  handler: 'functions/direct-bill/record-assessment.ts',
  permission: 'operator:review',
  request: { params: OrganizationParams, body: OperatorResultRequest },
  responses: {
    200: { description: 'Recorded.', body: Application },
    409: { description: 'The application is not waiting for an assessment.' },
  },
  grants: { table: 'readWrite' },
});

export const signDirectBillAgreement = defineRoute({
  ...base,
  operationId: 'signDirectBillAgreement',
  method: 'POST',
  path: '/v1/direct-bill/agreement-signature',
  summary: 'A global admin signs the direct-bill agreement after approval.',
  handler: 'functions/direct-bill/sign-agreement.ts',
  permission: 'agreement:sign',
  request: { body: SignDirectBillAgreementRequest },
  responses: {
    200: { description: 'Signed; activation follows.', body: Application },
    409: { description: 'Not approved yet, or already signed.' },
  },
  grants: { table: 'readWrite' },
});

export const reevaluateDirectBillPartner = defineRoute({
  ...base,
  operationId: 'reevaluateDirectBillPartner',
  method: 'POST',
  path: '/v1/operator/direct-bill/{organizationId}/reevaluate',
  summary: 'Re-evaluate one direct-bill partner now (the same evaluation as the annual job; one effect if both run).',
  tag: 'Operations',
  handler: 'functions/direct-bill/reevaluate-partner.ts',
  permission: 'operator:review',
  request: { params: OrganizationParams },
  responses: {
    200: { description: 'The outcome.', body: ReevaluationResult },
    404: { description: 'Not a direct-bill partner.' },
  },
  grants: { table: 'readWrite' },
});

export const startTransitionToIndirect = defineRoute({
  ...base,
  operationId: 'startTransitionToIndirect',
  method: 'POST',
  path: '/v1/direct-bill/transitions',
  summary:
    'Start the transition from direct-bill to indirect reseller with a linked indirect provider: a tracked checklist.',
  handler: 'functions/direct-bill/start-transition.ts',
  permission: 'directbill:manage',
  request: { body: TransitionRequest },
  responses: {
    201: { description: 'Started.', body: Transition },
    409: { description: 'Not a direct-bill partner, not linked with that provider, or already transitioning.' },
  },
  grants: { table: 'readWrite' },
});

export const getDirectBillTransition = defineRoute({
  ...base,
  operationId: 'getDirectBillTransition',
  method: 'GET',
  path: '/v1/direct-bill/transitions/current',
  summary: 'The transition checklist and the state of each step.',
  handler: 'functions/direct-bill/get-transition.ts',
  permission: 'directbill:manage',
  responses: { 200: { description: 'The checklist.', body: Transition }, 404: { description: 'No transition.' } },
  grants: { table: 'read' },
});

export const acceptDirectBillTransition = defineRoute({
  ...base,
  operationId: 'acceptDirectBillTransition',
  method: 'POST',
  path: '/v1/direct-bill/transitions/{partnerId}/accept',
  summary: 'The indirect provider accepts a partner transitioning to it.',
  handler: 'functions/direct-bill/accept-transition.ts',
  permission: 'providers:accept',
  request: { params: PartnerIdParams },
  responses: { 200: { description: 'Accepted.', body: Transition }, 404: { description: 'No transition to you.' } },
  grants: { table: 'readWrite' },
});

export const completeTransitionStep = defineRoute({
  ...base,
  operationId: 'completeTransitionStep',
  method: 'POST',
  path: '/v1/direct-bill/transitions/current/steps/{step}/complete',
  summary: 'Mark a step of the transition done (customers’ billing moved; direct-bill ended), in order.',
  handler: 'functions/direct-bill/complete-transition-step.ts',
  permission: 'directbill:manage',
  request: { params: TransitionStepParams },
  responses: {
    200: { description: 'The checklist.', body: Transition },
    409: { description: 'An earlier step is not done.' },
  },
  grants: { table: 'readWrite' },
});
