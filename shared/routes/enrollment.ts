import { ConfirmEmailVerificationRequest, ConfirmEmailVerificationResponse, CreateEnrollmentRequest, Enrollment, EnrollmentIdParams, VerificationPageQuery } from '../schemas/enrollment';
import { defineRoute } from './define';

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
    403: { description: 'The caller is not a global admin.' },
    409: { description: 'The organization already has an enrollment.' },
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
});
