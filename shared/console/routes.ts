import { defineRoute } from '#shared/http/route';
import { Language } from '#shared/platform/schemas';
import * as z from '#shared/platform/zod';

/**
 * The partner console: server-rendered screens named after the seeds' menus, served by the same API (one
 * function per screen and per action). Forms post loosely typed fields: each action validates them with the
 * API's own schemas and answers a page naming what is wrong (never problem+json to a person).
 */
const screenRoute = {
  tag: 'Console',
  auth: 'public',
  responses: { 200: { description: 'An HTML screen (a redirect to sign-in without a session).', html: true } },
  idempotency: { mode: 'none' },
} as const;

const text = z.string().max(2000).optional();
const Csrf = z.string().max(64).optional();
const ScreenQuery = z.object({ lang: Language.optional() });
const form = <S extends z.ZodObject>(schema: S) => ({ form: true, body: schema });
const Field = { csrf: Csrf, lang: Language.optional() };

export const showDashboard = defineRoute({
  ...screenRoute,
  operationId: 'showDashboard',
  method: 'GET',
  path: '/v1/console',
  summary:
    'Dashboard: the organization’s programs, the enrollment as a task list with the next action, the reviewer’s question.',
  handler: 'functions/console/show-dashboard.ts',
  request: { query: ScreenQuery },
  grants: { table: 'read' },
});

export const submitSignOut = defineRoute({
  ...screenRoute,
  operationId: 'submitSignOut',
  method: 'POST',
  path: '/v1/console/sign-out',
  summary: 'Sign out: ends the page session.',
  handler: 'functions/console/submit-sign-out.ts',
  request: form(z.object(Field)),
  grants: { table: 'readWrite' },
});

export const showSignUpScreen = defineRoute({
  ...screenRoute,
  operationId: 'showSignUpScreen',
  method: 'GET',
  path: '/v1/console/sign-up',
  summary: 'Create a work account: the organization and its first global admin (confirmed by email).',
  handler: 'functions/console/show-sign-up-screen.ts',
  request: { query: ScreenQuery },
  grants: {},
});

export const submitSignUpScreen = defineRoute({
  ...screenRoute,
  operationId: 'submitSignUpScreen',
  method: 'POST',
  path: '/v1/console/sign-up',
  summary: 'Sends the sign-up confirmation link (the same request as signUp).',
  handler: 'functions/console/submit-sign-up-screen.ts',
  request: form(z.object({ ...Field, legalName: text, country: text, fullName: text, email: text, language: text })),
  grants: { table: 'readWrite' },
});

export const showEnrollmentScreen = defineRoute({
  ...screenRoute,
  operationId: 'showEnrollmentScreen',
  method: 'GET',
  path: '/v1/console/enrollment',
  summary:
    'Enrollment: start it; then its status, correct the contact, resend the link, link a PartnerID, answer the reviewer, sign.',
  handler: 'functions/console/show-enrollment-screen.ts',
  request: { query: ScreenQuery },
  grants: { table: 'read' },
});

const EnrollmentForm = z.object({
  ...Field,
  legalName: text,
  line1: text,
  city: text,
  postalCode: text,
  contactName: text,
  contactEmail: text,
  phone: text,
  contactLanguage: text,
  supportEmail: text,
  supportPhone: text,
  website: text,
});

export const submitEnrollmentStart = defineRoute({
  ...screenRoute,
  operationId: 'submitEnrollmentStart',
  method: 'POST',
  path: '/v1/console/enrollment',
  summary: 'Starts the enrollment from its form (the same rules as createEnrollment).',
  handler: 'functions/console/submit-enrollment-start.ts',
  request: form(EnrollmentForm),
  grants: { table: 'readWrite', workflow: ['start'] },
});

export const submitContactCorrection = defineRoute({
  ...screenRoute,
  operationId: 'submitContactCorrection',
  method: 'POST',
  path: '/v1/console/enrollment/contact',
  summary: 'Corrects the primary contact before the review decides (the same rules as correctEnrollment).',
  handler: 'functions/console/submit-contact-correction.ts',
  request: form(z.object({ ...Field, contactName: text, contactEmail: text, phone: text, contactLanguage: text })),
  grants: { table: 'readWrite' },
});

export const submitVerificationResend = defineRoute({
  ...screenRoute,
  operationId: 'submitVerificationResend',
  method: 'POST',
  path: '/v1/console/enrollment/verification-email',
  summary: 'Sends the verification link again (the same caps as resendEmailVerification).',
  handler: 'functions/console/submit-verification-resend.ts',
  request: form(z.object(Field)),
  grants: { table: 'readWrite' },
});

export const submitPartnerIdLink = defineRoute({
  ...screenRoute,
  operationId: 'submitPartnerIdLink',
  method: 'POST',
  path: '/v1/console/enrollment/partner-id',
  summary: 'Links a PartnerID (the same rule as linkPartnerId).',
  handler: 'functions/console/submit-partner-id-link.ts',
  request: form(z.object({ ...Field, partnerId: text })),
  grants: { table: 'readWrite' },
});

export const submitInquiryResponse = defineRoute({
  ...screenRoute,
  operationId: 'submitInquiryResponse',
  method: 'POST',
  path: '/v1/console/enrollment/inquiry-response',
  summary: 'Answers the reviewer’s question (the same as respondToReviewInquiry).',
  handler: 'functions/console/submit-inquiry-response.ts',
  request: form(z.object({ ...Field, answer: text })),
  grants: { table: 'readWrite' },
});

export const showUserManagement = defineRoute({
  ...screenRoute,
  operationId: 'showUserManagement',
  method: 'GET',
  path: '/v1/console/users',
  summary: 'Account settings > User management: the users, searchable, and the form to add one.',
  handler: 'functions/console/show-user-management.ts',
  request: { query: z.object({ lang: Language.optional(), q: z.string().max(200).optional() }) },
  grants: { table: 'read' },
});

export const submitNewUser = defineRoute({
  ...screenRoute,
  operationId: 'submitNewUser',
  method: 'POST',
  path: '/v1/console/users',
  summary: 'Adds a user; its temporary password is shown once (the same rules as createPartnerUser).',
  handler: 'functions/console/submit-new-user.ts',
  request: form(z.object({ ...Field, fullName: text, email: text, language: text, agentRole: text, adminRole: text })),
  grants: { table: 'readWrite', cognito: ['AdminCreateUser', 'AdminDeleteUser'] },
});

const UserParams = z.strictObject({ userId: z.uuid() });

export const showUserScreen = defineRoute({
  ...screenRoute,
  operationId: 'showUserScreen',
  method: 'GET',
  path: '/v1/console/users/{userId}',
  summary: 'One user: its roles, with the seed’s description beside each choice, and its removal.',
  handler: 'functions/console/show-user-screen.ts',
  request: { params: UserParams, query: ScreenQuery },
  grants: { table: 'read' },
});

export const submitUserRoles = defineRoute({
  ...screenRoute,
  operationId: 'submitUserRoles',
  method: 'POST',
  path: '/v1/console/users/{userId}/roles',
  summary: 'Changes a user’s roles, conditional on the version shown (the same rules as updatePartnerUserRoles).',
  handler: 'functions/console/submit-user-roles.ts',
  request: { params: UserParams, ...form(z.object({ ...Field, agentRole: text, adminRole: text, version: text })) },
  grants: { table: 'readWrite' },
});

export const submitUserRemoval = defineRoute({
  ...screenRoute,
  operationId: 'submitUserRemoval',
  method: 'POST',
  path: '/v1/console/users/{userId}/remove',
  summary: 'Removes a user (the same rules as deletePartnerUser).',
  handler: 'functions/console/submit-user-removal.ts',
  request: { params: UserParams, ...form(z.object({ ...Field, version: text })) },
  grants: { table: 'readWrite' },
});

export const showProfileScreen = defineRoute({
  ...screenRoute,
  operationId: 'showProfileScreen',
  method: 'GET',
  path: '/v1/console/profile',
  summary: 'Legal and program information: the legal profile, PartnerID, programs and agreements.',
  handler: 'functions/console/show-profile-screen.ts',
  request: { query: ScreenQuery },
  grants: { table: 'read' },
});

export const showReviewQueue = defineRoute({
  ...screenRoute,
  operationId: 'showReviewQueue',
  method: 'GET',
  path: '/v1/console/operator/reviews',
  summary: 'Operator console: the enrollments waiting for review, oldest first, with approve, reject and ask.',
  handler: 'functions/console/show-review-queue.ts',
  request: { query: ScreenQuery },
  grants: { table: 'read' },
});

export const submitReviewDecision = defineRoute({
  ...screenRoute,
  operationId: 'submitReviewDecision',
  method: 'POST',
  path: '/v1/console/operator/reviews/{enrollmentId}',
  summary: 'An operator decides a review from the queue (the same as reviewEnrollment).',
  handler: 'functions/console/submit-review-decision.ts',
  request: {
    params: z.strictObject({ enrollmentId: z.uuid() }),
    ...form(z.object({ ...Field, decision: text, reason: text, question: text })),
  },
  grants: { table: 'readWrite' },
});

export const showIndirectProviders = defineRoute({
  ...screenRoute,
  operationId: 'showIndirectProviders',
  method: 'GET',
  path: '/v1/console/indirect-providers',
  summary: 'Indirect providers (a reseller’s view): its providers and their access, and the directory of its region.',
  handler: 'functions/console/show-indirect-providers.ts',
  request: { query: z.object({ lang: Language.optional(), q: z.string().max(128).optional() }) },
  grants: { table: 'read' },
});

export const showIndirectResellers = defineRoute({
  ...screenRoute,
  operationId: 'showIndirectResellers',
  method: 'GET',
  path: '/v1/console/indirect-resellers',
  summary: 'Indirect resellers (a provider’s view): its resellers, suspend, resume or end, and the invitation form.',
  handler: 'functions/console/show-indirect-resellers.ts',
  request: { query: ScreenQuery },
  grants: { table: 'read' },
});

export const submitResellerInvitation = defineRoute({
  ...screenRoute,
  operationId: 'submitResellerInvitation',
  method: 'POST',
  path: '/v1/console/indirect-resellers',
  summary: 'A provider invites a reseller by email or PartnerID (the same rules as createResellerInvitation).',
  handler: 'functions/console/submit-reseller-invitation.ts',
  request: form(z.object({ ...Field, email: text, partnerId: text })),
  grants: { table: 'readWrite' },
});

export const submitLinkChange = defineRoute({
  ...screenRoute,
  operationId: 'submitLinkChange',
  method: 'POST',
  path: '/v1/console/partner-links/{organizationId}',
  summary: 'Suspends, resumes or ends a partnership, or removes the provider’s admin access (the API’s rules).',
  handler: 'functions/console/submit-link-change.ts',
  request: {
    params: z.strictObject({ organizationId: z.uuid() }),
    ...form(z.object({ ...Field, action: text, from: text })),
  },
  grants: { table: 'readWrite' },
});

export const showCustomers = defineRoute({
  ...screenRoute,
  operationId: 'showCustomers',
  method: 'GET',
  path: '/v1/console/customers',
  summary: 'Customers: the list, searchable, and Request a reseller relationship.',
  handler: 'functions/console/show-customers.ts',
  request: { query: z.object({ lang: Language.optional(), q: z.string().max(128).optional() }) },
  grants: { table: 'read' },
});

export const submitRelationshipRequest = defineRoute({
  ...screenRoute,
  operationId: 'submitRelationshipRequest',
  method: 'POST',
  path: '/v1/console/customers',
  summary: 'Creates the request and shows its draft email: open in email, copy, Done (createCustomerInvitation).',
  handler: 'functions/console/submit-relationship-request.ts',
  request: form(z.object({ ...Field, delegatedAdmin: text, providerId: text, customerCountry: text })),
  grants: { table: 'readWrite' },
});

export const showDirectBill = defineRoute({
  ...screenRoute,
  operationId: 'showDirectBill',
  method: 'GET',
  path: '/v1/console/direct-bill',
  summary:
    'Direct-bill: the eligibility explained (what-if by version), attestations, the application as a task list, re-evaluation and transition.',
  handler: 'functions/console/show-direct-bill.ts',
  request: { query: z.object({ lang: Language.optional(), policyVersion: z.string().max(16).optional() }) },
  grants: { table: 'read' },
});

export const submitDirectBillAttestation = defineRoute({
  ...screenRoute,
  operationId: 'submitDirectBillAttestation',
  method: 'POST',
  path: '/v1/console/direct-bill/attestations',
  summary: 'Records an attestation with its statement (the same rules as recordDirectBillAttestation).',
  handler: 'functions/console/submit-direct-bill-attestation.ts',
  request: form(z.object({ ...Field, attestation: text, statement: text })),
  grants: { table: 'readWrite' },
});

export const submitDirectBillApplication = defineRoute({
  ...screenRoute,
  operationId: 'submitDirectBillApplication',
  method: 'POST',
  path: '/v1/console/direct-bill/application',
  summary: 'Applies to be a direct-bill partner (the same as createDirectBillApplication).',
  handler: 'functions/console/submit-direct-bill-application.ts',
  request: form(z.object(Field)),
  grants: { table: 'readWrite' },
});

export const submitSupportPlan = defineRoute({
  ...screenRoute,
  operationId: 'submitSupportPlan',
  method: 'POST',
  path: '/v1/console/direct-bill/support-plan',
  summary: 'Records the support plan, only after the credit check passed (the same as recordSupportPlan).',
  handler: 'functions/console/submit-support-plan.ts',
  request: form(z.object({ ...Field, plan: text })),
  grants: { table: 'readWrite' },
});

export const submitDirectBillSignature = defineRoute({
  ...screenRoute,
  operationId: 'submitDirectBillSignature',
  method: 'POST',
  path: '/v1/console/direct-bill/agreement-signature',
  summary: 'A global admin signs the direct-bill agreement (the same as signDirectBillAgreement).',
  handler: 'functions/console/submit-direct-bill-signature.ts',
  request: form(z.object({ ...Field, accept: text })),
  grants: { table: 'readWrite' },
});

export const submitTransitionStep = defineRoute({
  ...screenRoute,
  operationId: 'submitTransitionStep',
  method: 'POST',
  path: '/v1/console/direct-bill/transition-steps',
  summary: 'Marks the next step of the transition to indirect reseller done (the same as completeTransitionStep).',
  handler: 'functions/console/submit-transition-step.ts',
  request: form(z.object({ ...Field, step: text })),
  grants: { table: 'readWrite' },
});

export const showOperatorDirectBill = defineRoute({
  ...screenRoute,
  operationId: 'showOperatorDirectBill',
  method: 'GET',
  path: '/v1/console/operator/direct-bill',
  summary: 'Operator console: the applications waiting for a credit check or an assessment, with passed and failed.',
  handler: 'functions/console/show-operator-direct-bill.ts',
  request: { query: ScreenQuery },
  grants: { table: 'read' },
});

export const submitOperatorResult = defineRoute({
  ...screenRoute,
  operationId: 'submitOperatorResult',
  method: 'POST',
  path: '/v1/console/operator/direct-bill/{organizationId}',
  summary: 'An operator records a credit check or an assessment (the same as recordCreditCheck and recordAssessment).',
  handler: 'functions/console/submit-operator-result.ts',
  request: {
    params: z.strictObject({ organizationId: z.uuid() }),
    ...form(z.object({ ...Field, check: text, result: text, assessor: text })),
  },
  grants: { table: 'readWrite' },
});

const CustomerParams = z.strictObject({ customerId: z.uuid() });

export const showCustomerRecord = defineRoute({
  ...screenRoute,
  operationId: 'showCustomerRecord',
  method: 'GET',
  path: '/v1/console/customers/{customerId}',
  summary:
    'One customer: account, subscriptions and licenses, order on its behalf, its users (with admin permissions).',
  handler: 'functions/console/show-customer-record.ts',
  request: { params: CustomerParams, query: ScreenQuery },
  grants: { table: 'read' },
});

export const submitCustomerOrder = defineRoute({
  ...screenRoute,
  operationId: 'submitCustomerOrder',
  method: 'POST',
  path: '/v1/console/customers/{customerId}/orders',
  summary: 'Orders on behalf of the customer, once per form however often it is sent (the same rules as submitOrder).',
  handler: 'functions/console/submit-customer-order.ts',
  request: { params: CustomerParams, ...form(z.object({ ...Field, line: text, quantity: text, orderKey: text })) },
  grants: { table: 'readWrite' },
});

export const submitLicenseChange = defineRoute({
  ...screenRoute,
  operationId: 'submitLicenseChange',
  method: 'POST',
  path: '/v1/console/customers/{customerId}/users/{userId}/licenses',
  summary: 'Assigns a customer user a license, or removes it (the same rules as assignLicenses).',
  handler: 'functions/console/submit-license-change.ts',
  request: {
    params: z.strictObject({ customerId: z.uuid(), userId: z.uuid() }),
    ...form(z.object({ ...Field, subscriptionId: text, action: text })),
  },
  grants: { table: 'readWrite' },
});

export const showPartnerRelationships = defineRoute({
  ...screenRoute,
  operationId: 'showPartnerRelationships',
  method: 'GET',
  path: '/v1/console/partner-relationships',
  summary: 'The customer’s side: the partners on its tenant and their grants, its subscriptions, its service requests.',
  handler: 'functions/console/show-partner-relationships.ts',
  request: { query: ScreenQuery },
  grants: { table: 'read' },
});

export const submitAdminRemoval = defineRoute({
  ...screenRoute,
  operationId: 'submitAdminRemoval',
  method: 'POST',
  path: '/v1/console/partner-relationships/{partnerId}/remove-admin-access',
  summary: 'The customer removes a partner’s admin permissions (the same as removeDelegatedAdmin).',
  handler: 'functions/console/submit-admin-removal.ts',
  request: { params: z.strictObject({ partnerId: z.uuid() }), ...form(z.object(Field)) },
  grants: { table: 'readWrite' },
});

export const showDeadEffects = defineRoute({
  ...screenRoute,
  operationId: 'showDeadEffects',
  method: 'GET',
  path: '/v1/console/operator/dead-effects',
  summary: 'Operator console: the effects that failed for good, why, and Send again.',
  handler: 'functions/console/show-dead-effects.ts',
  request: { query: ScreenQuery },
  grants: { table: 'read' },
});

export const submitRedrive = defineRoute({
  ...screenRoute,
  operationId: 'submitRedrive',
  method: 'POST',
  path: '/v1/console/operator/dead-effects/{eventId}/redrive',
  summary: 'Sends a dead event’s effects again; those that ran are not repeated (the same as redriveEffect).',
  handler: 'functions/console/submit-redrive.ts',
  request: { params: z.strictObject({ eventId: z.uuid() }), ...form(z.object(Field)) },
  grants: { table: 'readWrite' },
});

export const showOperatorPartners = defineRoute({
  ...screenRoute,
  operationId: 'showOperatorPartners',
  method: 'GET',
  path: '/v1/console/operator/partners',
  summary: 'Operator console: the newest active partners, or one by PartnerID, each to designate an indirect provider.',
  handler: 'functions/console/show-operator-partners.ts',
  request: { query: z.object({ lang: Language.optional(), partnerId: z.string().max(32).optional() }) },
  grants: { table: 'read' },
});

export const submitProviderDesignation = defineRoute({
  ...screenRoute,
  operationId: 'submitProviderDesignation',
  method: 'POST',
  path: '/v1/console/operator/partners/{organizationId}/indirect-provider',
  summary: 'Designates an active partner an indirect provider for regions (the same as designateIndirectProvider).',
  handler: 'functions/console/submit-provider-designation.ts',
  request: {
    params: z.strictObject({ organizationId: z.uuid() }),
    ...form(
      z.object({ ...Field, regions: z.union([z.string().max(64), z.array(z.string().max(64)).max(20)]).optional() }),
    ),
  },
  grants: { table: 'readWrite' },
});

export const showServiceRequests = defineRoute({
  ...screenRoute,
  operationId: 'showServiceRequests',
  method: 'GET',
  path: '/v1/console/service-requests',
  summary: 'Service requests: those the user’s roles cover, and the form to open one (platform or for a customer).',
  handler: 'functions/console/show-service-requests.ts',
  request: { query: ScreenQuery },
  grants: { table: 'read' },
});

export const submitServiceRequest = defineRoute({
  ...screenRoute,
  operationId: 'submitServiceRequest',
  method: 'POST',
  path: '/v1/console/service-requests',
  summary: 'Opens a service request (the same rules as createServiceRequest).',
  handler: 'functions/console/submit-service-request.ts',
  request: form(
    z.object({
      ...Field,
      category: text,
      customerId: text,
      title: text,
      description: z.string().max(10_000).optional(),
      severity: text,
    }),
  ),
  grants: { table: 'readWrite' },
});

const ServiceRequestParams = z.strictObject({ serviceRequestId: z.uuid() });

export const showServiceRequest = defineRoute({
  ...screenRoute,
  operationId: 'showServiceRequest',
  method: 'GET',
  path: '/v1/console/service-requests/{serviceRequestId}',
  summary: 'One service request as the user’s side sees it (partner, customer or operator): conversation and moves.',
  handler: 'functions/console/show-service-request.ts',
  request: { params: ServiceRequestParams, query: ScreenQuery },
  grants: { table: 'read' },
});

export const submitServiceRequestComment = defineRoute({
  ...screenRoute,
  operationId: 'submitServiceRequestComment',
  method: 'POST',
  path: '/v1/console/service-requests/{serviceRequestId}/comments',
  summary: 'Adds a comment (the same rules as addServiceRequestComment).',
  handler: 'functions/console/submit-service-request-comment.ts',
  request: { params: ServiceRequestParams, ...form(z.object({ ...Field, text: z.string().max(10_000).optional() })) },
  grants: { table: 'readWrite' },
});

export const submitServiceRequestMove = defineRoute({
  ...screenRoute,
  operationId: 'submitServiceRequestMove',
  method: 'POST',
  path: '/v1/console/service-requests/{serviceRequestId}/status',
  summary: 'Moves the request (start, ask, resolve, reopen, close: the same rules as changeServiceRequestStatus).',
  handler: 'functions/console/submit-service-request-move.ts',
  request: { params: ServiceRequestParams, ...form(z.object({ ...Field, action: text })) },
  grants: { table: 'readWrite' },
});

export const showLeads = defineRoute({
  ...screenRoute,
  operationId: 'showLeads',
  method: 'GET',
  path: '/v1/console/leads',
  summary: 'Leads: the list, each to assign or to turn into a relationship request, and the form to add one.',
  handler: 'functions/console/show-leads.ts',
  request: { query: ScreenQuery },
  grants: { table: 'read' },
});

export const submitLead = defineRoute({
  ...screenRoute,
  operationId: 'submitLead',
  method: 'POST',
  path: '/v1/console/leads',
  summary: 'Adds a lead (the same rules as createLead).',
  handler: 'functions/console/submit-lead.ts',
  request: form(
    z.object({
      ...Field,
      companyName: text,
      contactName: text,
      contactEmail: text,
      country: text,
      source: text,
      notes: z.string().max(4000).optional(),
    }),
  ),
  grants: { table: 'readWrite' },
});

const LeadParams = z.strictObject({ leadId: z.uuid() });

export const submitLeadAssignment = defineRoute({
  ...screenRoute,
  operationId: 'submitLeadAssignment',
  method: 'POST',
  path: '/v1/console/leads/{leadId}/assignment',
  summary: 'Assigns a lead to one of the organization’s users (the same as assignLead).',
  handler: 'functions/console/submit-lead-assignment.ts',
  request: { params: LeadParams, ...form(z.object({ ...Field, userId: text })) },
  grants: { table: 'readWrite' },
});

export const submitLeadInvitation = defineRoute({
  ...screenRoute,
  operationId: 'submitLeadInvitation',
  method: 'POST',
  path: '/v1/console/leads/{leadId}/invitation',
  summary: 'Sends the lead’s contact a relationship request, once (the same as convertLeadToInvitation).',
  handler: 'functions/console/submit-lead-invitation.ts',
  request: { params: LeadParams, ...form(z.object(Field)) },
  grants: { table: 'readWrite' },
});

export const submitCustomerUser = defineRoute({
  ...screenRoute,
  operationId: 'submitCustomerUser',
  method: 'POST',
  path: '/v1/console/customers/{customerId}/users',
  summary: 'Adds a user to the customer’s tenant; its temporary password is shown once (createCustomerUser).',
  handler: 'functions/console/submit-customer-user.ts',
  request: { params: CustomerParams, ...form(z.object({ ...Field, fullName: text, email: text })) },
  grants: { table: 'readWrite', cognito: ['AdminCreateUser', 'AdminDeleteUser'] },
});

export const submitTransitionStart = defineRoute({
  ...screenRoute,
  operationId: 'submitTransitionStart',
  method: 'POST',
  path: '/v1/console/direct-bill/transitions',
  summary: 'Starts the transition to indirect reseller with a linked provider (the same as startTransitionToIndirect).',
  handler: 'functions/console/submit-transition-start.ts',
  request: form(z.object({ ...Field, providerId: text })),
  grants: { table: 'readWrite' },
});

export const submitTransitionAcceptance = defineRoute({
  ...screenRoute,
  operationId: 'submitTransitionAcceptance',
  method: 'POST',
  path: '/v1/console/direct-bill/transitions/{partnerId}/accept',
  summary: 'The chosen provider accepts a partner’s transition (the same as acceptDirectBillTransition).',
  handler: 'functions/console/submit-transition-acceptance.ts',
  request: { params: z.strictObject({ partnerId: z.uuid() }), ...form(z.object(Field)) },
  grants: { table: 'readWrite' },
});

export const showReferenceData = defineRoute({
  ...screenRoute,
  operationId: 'showReferenceData',
  method: 'GET',
  path: '/v1/console/operator/reference-data',
  summary: 'Operator console: import the partner directory and the business registry, pasted a record a line.',
  handler: 'functions/console/show-reference-data.ts',
  request: { query: ScreenQuery },
  grants: {},
});

export const submitDirectoryImport = defineRoute({
  ...screenRoute,
  operationId: 'submitDirectoryImport',
  method: 'POST',
  path: '/v1/console/operator/partner-directory',
  summary: 'Imports partner directory records, a line each (the same rules as importPartnerDirectory).',
  handler: 'functions/console/submit-directory-import.ts',
  request: form(z.object({ ...Field, lines: z.string().max(50_000).optional() })),
  grants: { table: 'readWrite' },
});

export const submitRegistryImport = defineRoute({
  ...screenRoute,
  operationId: 'submitRegistryImport',
  method: 'POST',
  path: '/v1/console/operator/business-registry',
  summary: 'Imports business registry records, a line each (the same rules as importBusinessRegistry).',
  handler: 'functions/console/submit-registry-import.ts',
  request: form(z.object({ ...Field, lines: z.string().max(50_000).optional() })),
  grants: { table: 'readWrite' },
});
