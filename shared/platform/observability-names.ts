/** The namespace of the business metrics; their `service` dimension is the stack's name (one per stage). */
export const metricsNamespace = 'CspPartner';

/**
 * The business metrics, named once for the code, the alarms and the dashboard (docs/operations.md lists them
 * with what each means). Domain events are counted under their own type when their transaction commits.
 */
export const businessMetrics = {
  emailsSent: 'EmailsSent',
  emailsFailed: 'EmailsFailed',
  effectsDelivered: 'EffectsDelivered',
  effectsDeferred: 'EffectsDeferred',
  effectsDead: 'EffectsDead',
  jobRuns: 'JobRuns',
  jobFailures: 'JobFailures',
} as const;

/** The domain events counted as metrics of the same name (the enrollment funnel, links, customers, orders). */
export const countedEvents = [
  'EnrollmentStarted',
  'EnrollmentResumed',
  'EmailOwnershipVerified',
  'EnrollmentUnderReview',
  'EnrollmentReviewDelayed',
  'EnrollmentReviewed',
  'EnrollmentRejected',
  'AgreementSigned',
  'EnrollmentActivated',
  'DirectBillApplicationApproved',
  'DirectBillActivated',
  'DirectBillRestricted',
  'DirectBillLifted',
] as const;
