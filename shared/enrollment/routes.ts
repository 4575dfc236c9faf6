import {
  AddressValidationResult,
  Agreement,
  AgreementParams,
  AgreementQuery,
  Attestation,
  BusinessRecord,
  ConfirmEmailVerificationRequest,
  ConfirmEmailVerificationResponse,
  CorrectEnrollmentRequest,
  CreateEnrollmentRequest,
  DunsParams,
  Enrollment,
  EnrollmentIdParams,
  LinkPartnerIdRequest,
  PartnerIdConfirmationSent,
  PartnerProfile,
  RespondToInquiryRequest,
  SignAgreementRequest,
  ValidateAddressRequest,
  VerificationPageQuery,
  VerificationResent,
} from '#shared/enrollment/schemas';
import { defineRoute } from '#shared/http/route';

export const createEnrollment = defineRoute({
  operationId: 'createEnrollment',
  method: 'POST',
  path: '/v1/enrollments',
  summary: 'Start the indirect reseller enrollment of the caller’s organization (global admin only).',
  tag: 'Enrollment',
  handler: 'functions/enrollment/create-enrollment.ts',
  auth: 'user',
  permission: 'enrollment:manage',
  request: { body: CreateEnrollmentRequest },
  responses: {
    201: { description: 'Enrollment started; the primary contact is emailed a verification link.', body: Enrollment },
    202: {
      description:
        'An organization already active in another program gave a PartnerID whose directory holds a contact: that mailbox was emailed a link, and the program is active when it confirms. Nothing else is written.',
      body: PartnerIdConfirmationSent,
    },
    403: { description: 'The caller is not a global admin.' },
    409: {
      description:
        'The organization already has an enrollment: the problem names it (`enrollmentId`, `state`), and getCurrentEnrollment reads it.',
    },
    422: { description: 'A field is not valid, e.g. a webmail primary contact.' },
  },
  grants: { table: 'readWrite', workflow: ['start'] },
});

export const getEnrollment = defineRoute({
  operationId: 'getEnrollment',
  method: 'GET',
  path: '/v1/enrollments/{enrollmentId}',
  summary: 'Read an enrollment with its vetting status and sub-status.',
  tag: 'Enrollment',
  handler: 'functions/enrollment/get-enrollment.ts',
  auth: 'user',
  permission: 'enrollment:read',
  request: { params: EnrollmentIdParams },
  responses: {
    200: { description: 'The enrollment.', body: Enrollment },
    404: { description: 'No such enrollment in the caller’s organization.' },
  },
  grants: { table: 'read' },
});

export const getCurrentEnrollment = defineRoute({
  operationId: 'getCurrentEnrollment',
  method: 'GET',
  path: '/v1/enrollments/current',
  summary:
    'The caller’s organization’s indirect reseller enrollment, whoever started it: where any admin finds it, with its state and next step.',
  tag: 'Enrollment',
  handler: 'functions/enrollment/get-current-enrollment.ts',
  auth: 'user',
  permission: 'enrollment:read',
  responses: {
    200: { description: 'The enrollment.', body: Enrollment },
    404: { description: 'The organization has no enrollment yet: createEnrollment starts one.' },
  },
  grants: { table: 'read' },
});

export const showEmailVerificationPage = defineRoute({
  operationId: 'showEmailVerificationPage',
  method: 'GET',
  path: '/v1/pages/email-verification',
  summary: 'The page behind the emailed verification link: shows what is being verified and a confirm button.',
  tag: 'Enrollment',
  handler: 'functions/enrollment/show-email-verification-page.ts',
  auth: 'public',
  request: { query: VerificationPageQuery },
  responses: { 200: { description: 'An HTML page.', html: true } },
  grants: { table: 'read' },
});

export const confirmEmailVerification = defineRoute({
  operationId: 'confirmEmailVerification',
  method: 'POST',
  path: '/v1/email-verifications',
  summary: 'Confirm ownership of the primary contact email with the token from the link; resumes the workflow.',
  tag: 'Enrollment',
  handler: 'functions/enrollment/confirm-email-verification.ts',
  auth: 'public',
  request: { body: ConfirmEmailVerificationRequest, form: true },
  responses: {
    200: { description: 'The address is verified.', body: ConfirmEmailVerificationResponse },
    410: { description: 'The link is unknown, used or expired (one answer for all three).' },
  },
  grants: { table: 'readWrite' },
  idempotency: { mode: 'none' },
});

export const linkPartnerId = defineRoute({
  operationId: 'linkPartnerId',
  method: 'PUT',
  path: '/v1/enrollments/{enrollmentId}/partner-id',
  summary:
    'Link (or change) the organization’s PartnerID: it must be active in the partner directory and located in the organization’s country.',
  tag: 'Enrollment',
  handler: 'functions/enrollment/link-partner-id.ts',
  auth: 'user',
  permission: 'enrollment:manage',
  request: { params: EnrollmentIdParams, body: LinkPartnerIdRequest },
  responses: {
    412: { description: 'If-Match names a version other than the current one.' },
    200: { description: 'Linked.', body: Enrollment },
    202: {
      description:
        'The directory holds a contact for this PartnerID: it was emailed a link, and the PartnerID is linked when that mailbox confirms.',
      body: PartnerIdConfirmationSent,
    },
    409: { description: 'The enrollment has ended.' },
    422: { description: 'The PartnerID is unknown, inactive or in another country; the problem says which.' },
  },
  grants: { table: 'readWrite' },
});

export const correctEnrollment = defineRoute({
  operationId: 'correctEnrollment',
  method: 'PATCH',
  path: '/v1/enrollments/{enrollmentId}',
  summary:
    'Correct the legal profile, support details or primary contact before the review decides; a new contact address is verified again.',
  tag: 'Enrollment',
  handler: 'functions/enrollment/correct-enrollment.ts',
  auth: 'user',
  permission: 'enrollment:manage',
  request: { params: EnrollmentIdParams, body: CorrectEnrollmentRequest },
  responses: {
    412: { description: 'If-Match names a version other than the current one.' },
    200: { description: 'Corrected; a new contact address was emailed a verification link.', body: Enrollment },
    409: { description: 'The review has decided (the problem names the state), or the enrollment changed meanwhile.' },
    422: {
      description: 'A field is not valid, e.g. a webmail contact or an address outside the organization’s country.',
    },
    429: { description: 'The day’s mail caps are reached for the organization or the new address.' },
  },
  grants: { table: 'readWrite' },
});

export const resendEmailVerification = defineRoute({
  operationId: 'resendEmailVerification',
  method: 'POST',
  path: '/v1/enrollments/{enrollmentId}/verification-email',
  summary: 'Email the primary contact’s verification link again (or a corrected contact’s), a capped number of times.',
  tag: 'Enrollment',
  handler: 'functions/enrollment/resend-email-verification.ts',
  auth: 'user',
  permission: 'enrollment:manage',
  request: { params: EnrollmentIdParams },
  responses: {
    202: {
      description: 'A new link is on its way; earlier links of the same wait still work.',
      body: VerificationResent,
    },
    409: { description: 'No verification is waiting (names the state), or the resends are used up.' },
    429: { description: 'The day’s mail caps are reached.' },
  },
  grants: { table: 'readWrite' },
});

export const respondToReviewInquiry = defineRoute({
  operationId: 'respondToReviewInquiry',
  method: 'POST',
  path: '/v1/enrollments/{enrollmentId}/inquiry-response',
  summary: 'Answer the reviewer’s request for more information; the review resumes.',
  tag: 'Enrollment',
  handler: 'functions/enrollment/respond-to-review-inquiry.ts',
  auth: 'user',
  permission: 'enrollment:manage',
  request: { params: EnrollmentIdParams, body: RespondToInquiryRequest },
  responses: {
    200: { description: 'Answered.', body: Enrollment },
    409: { description: 'No question is waiting for an answer; the problem names the state.' },
  },
  grants: { table: 'readWrite' },
});

export const signPartnerAgreement = defineRoute({
  operationId: 'signPartnerAgreement',
  method: 'POST',
  path: '/v1/enrollments/{enrollmentId}/agreement-signature',
  summary:
    'Sign the partner agreement (global admin, after approval, with a valid PartnerID); records the attestation.',
  tag: 'Enrollment',
  handler: 'functions/enrollment/sign-partner-agreement.ts',
  auth: 'user',
  permission: 'agreement:sign',
  request: { params: EnrollmentIdParams, body: SignAgreementRequest },
  responses: {
    201: { description: 'Signed; activation follows.', body: Attestation },
    409: { description: 'Not awaiting a signature (names the state), or no valid PartnerID linked.' },
    422: { description: 'Not the current agreement version, or not accepted.' },
  },
  grants: { table: 'readWrite' },
});

export const resumeEnrollment = defineRoute({
  operationId: 'resumeEnrollment',
  method: 'POST',
  path: '/v1/enrollments/{enrollmentId}/resume',
  summary:
    'Resume an enrollment whose link, inquiry or agreement expired, or whose workflow failed, from where it stopped.',
  tag: 'Enrollment',
  handler: 'functions/enrollment/resume-enrollment.ts',
  auth: 'user',
  permission: 'enrollment:manage',
  request: { params: EnrollmentIdParams },
  responses: {
    202: { description: 'Resumed; a new workflow execution continues.', body: Enrollment },
    409: { description: 'Nothing to resume; the problem names the state.' },
  },
  grants: { table: 'readWrite' },
});

export const validateAddress = defineRoute({
  operationId: 'validateAddress',
  method: 'POST',
  path: '/v1/address-validations',
  summary:
    'Validate a postal address for its country: a status, the original and up to three standardized suggestions.',
  tag: 'Enrollment',
  handler: 'functions/enrollment/validate-address.ts',
  auth: 'user',
  permission: 'enrollment:read',
  request: { body: ValidateAddressRequest },
  responses: { 200: { description: 'The validation.', body: AddressValidationResult } },
  grants: {},
});

export const lookupDuns = defineRoute({
  operationId: 'lookupDuns',
  method: 'GET',
  path: '/v1/business-registry/{dunsNumber}',
  summary: 'Look up a business by DUNS number to fill the legal profile.',
  tag: 'Enrollment',
  handler: 'functions/enrollment/lookup-duns.ts',
  auth: 'user',
  permission: 'enrollment:read',
  request: { params: DunsParams },
  responses: {
    200: { description: 'The registered business.', body: BusinessRecord },
    404: { description: 'Not in the registry: enter the details manually.' },
  },
  grants: { table: 'read' },
});

export const getPartnerAgreement = defineRoute({
  operationId: 'getPartnerAgreement',
  method: 'GET',
  path: '/v1/agreements/{agreementType}/versions/{version}',
  summary: 'Read a partner agreement by version (`current` for the one to sign), in English, Italian or Spanish.',
  tag: 'Enrollment',
  handler: 'functions/enrollment/get-partner-agreement.ts',
  auth: 'user',
  permission: 'agreement:read',
  request: { params: AgreementParams, query: AgreementQuery },
  responses: {
    200: { description: 'The agreement text.', body: Agreement },
    404: { description: 'No such agreement or version.' },
  },
  grants: {},
});

export const getPartnerProfile = defineRoute({
  operationId: 'getPartnerProfile',
  method: 'GET',
  path: '/v1/partner-profile',
  summary: 'The organization’s legal and program information: program statuses and signed agreements.',
  tag: 'Enrollment',
  handler: 'functions/enrollment/get-partner-profile.ts',
  auth: 'user',
  permission: 'profile:read',
  responses: { 200: { description: 'The profile.', body: PartnerProfile } },
  grants: { table: 'read' },
});
