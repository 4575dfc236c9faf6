import {
  Enrollment,
  EnrollmentIdParams,
  ImportBusinessRegistryRequest,
  ImportPartnerDirectoryRequest,
  ImportResult,
  ReviewEnrollmentRequest,
  ReviewQueue,
  ReviewQueueQuery,
} from '#shared/enrollment/schemas';
import { defineRoute } from '#shared/http/route';

export const listEnrollmentsForReview = defineRoute({
  operationId: 'listEnrollmentsForReview',
  method: 'GET',
  path: '/v1/operator/enrollments',
  summary: 'The operators’ queue: enrollments in a state, oldest first, with opaque cursors.',
  tag: 'Operations',
  handler: 'functions/enrollment/list-enrollments-for-review.ts',
  auth: 'user',
  permission: 'operator:review',
  request: { query: ReviewQueueQuery },
  responses: { 200: { description: 'A page of enrollments.', body: ReviewQueue } },
  grants: { table: 'read' },
});

export const reviewEnrollment = defineRoute({
  operationId: 'reviewEnrollment',
  method: 'POST',
  path: '/v1/operator/enrollments/{enrollmentId}/review',
  summary: 'Decide a review: approve, reject with a reason, or ask for more information.',
  tag: 'Operations',
  handler: 'functions/enrollment/review-enrollment.ts',
  auth: 'user',
  permission: 'operator:review',
  request: { params: EnrollmentIdParams, body: ReviewEnrollmentRequest },
  responses: {
    200: { description: 'Decided; the primary contact is emailed.', body: Enrollment },
    404: { description: 'No such enrollment.' },
    409: {
      description:
        'The enrollment is not under review (the problem names its state), or another decision landed first.',
    },
  },
  grants: { table: 'readWrite' },
});

export const importPartnerDirectory = defineRoute({
  operationId: 'importPartnerDirectory',
  method: 'POST',
  path: '/v1/operator/partner-directory',
  summary: 'Import partner directory records (PartnerID, organization, country, status).',
  tag: 'Operations',
  handler: 'functions/enrollment/import-partner-directory.ts',
  auth: 'user',
  permission: 'operator:reference-data',
  request: { body: ImportPartnerDirectoryRequest },
  responses: { 200: { description: 'Imported.', body: ImportResult } },
  grants: { table: 'readWrite' },
});

export const importBusinessRegistry = defineRoute({
  operationId: 'importBusinessRegistry',
  method: 'POST',
  path: '/v1/operator/business-registry',
  summary: 'Import business registry records (DUNS number, legal name, address).',
  tag: 'Operations',
  handler: 'functions/enrollment/import-business-registry.ts',
  auth: 'user',
  permission: 'operator:reference-data',
  request: { body: ImportBusinessRegistryRequest },
  responses: { 200: { description: 'Imported.', body: ImportResult } },
  grants: { table: 'readWrite' },
});
