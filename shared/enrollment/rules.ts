/**
 * The indirect reseller enrollment, modelled on Partner Center's legal business profile vetting
 * (`vettingStatus` None | Pending | Authorized | Rejected, `vettingSubStatus` Entry | EmailOwnership |
 * EmailDomain | EmploymentVerification | BusinessVerification | Decision | Other) and on CloudBlue's review
 * (pending -> inquiring -> approved | failed). Pure: no I/O.
 */
export const vettingStatuses = ['None', 'Pending', 'Authorized', 'Rejected'] as const;
export type VettingStatus = (typeof vettingStatuses)[number];

export const vettingSubStatuses = [
  'Entry',
  'EmailOwnership',
  'EmailDomain',
  'EmploymentVerification',
  'BusinessVerification',
  'Decision',
  'Other',
] as const;
export type VettingSubStatus = (typeof vettingSubStatuses)[number];

/** The enrollment's lifecycle. The workflow moves it; API decisions move it only from the states named here. */
export const enrollmentStates = [
  'EmailVerificationPending',
  'EmailVerified',
  'UnderReview',
  'InformationRequested',
  'InformationProvided',
  'Approved',
  'AwaitingSignature',
  'Signed',
  'Active',
  'Rejected',
  'EmailVerificationExpired',
  'InquiryExpired',
  'AgreementExpired',
  'Failed',
] as const;
export type EnrollmentState = (typeof enrollmentStates)[number];

/** States in which the applicant may still correct its enrollment: before the review decides. */
export const correctableStates: readonly EnrollmentState[] = [
  'EmailVerificationPending',
  'EmailVerificationExpired',
  'EmailVerified',
  'UnderReview',
  'InformationRequested',
  'InformationProvided',
];

/** How many times a verification link may be resent (each also counts on the day's mail caps). */
export const maxVerificationResends = 3;

/** Days after a rejection before the organization may apply again (at once when only its contact was webmail). */
export const reapplyAfterRejectionDays = 30;

/** States in which nothing more happens unless someone resumes the enrollment. */
export const endStates: readonly EnrollmentState[] = [
  'Active',
  'Rejected',
  'EmailVerificationExpired',
  'InquiryExpired',
  'AgreementExpired',
  'Failed',
];

/** End states that the owner may resume (not restart): the timeline picks up where it stopped. */
export const resumableStates: readonly EnrollmentState[] = [
  'EmailVerificationExpired',
  'InquiryExpired',
  'AgreementExpired',
  'Failed',
];

/** The callback steps of the timeline: where the workflow waits for a person. */
export type WaitStep = 'EmailOwnership' | 'Review' | 'InquiryResponse' | 'Signature';

/** Where a new execution starts when an enrollment is resumed (by its owner or by the reconciler). */
export type ResumePoint = 'EmailOwnership' | 'Checks' | 'Review' | 'Inquiry' | 'Signature' | 'Activation';

export function resumePointOf(state: EnrollmentState): ResumePoint | undefined {
  switch (state) {
    case 'EmailVerificationPending':
    case 'EmailVerificationExpired':
      return 'EmailOwnership';
    case 'EmailVerified':
      return 'Checks';
    case 'UnderReview':
    case 'InformationProvided':
      return 'Review';
    case 'InformationRequested':
    case 'InquiryExpired':
      return 'Inquiry';
    case 'Approved':
    case 'AwaitingSignature':
    case 'AgreementExpired':
      return 'Signature';
    case 'Signed':
      return 'Activation';
    default:
      return undefined;
  }
}

export interface EnrollmentView {
  vettingStatus: VettingStatus;
  vettingSubStatus: VettingSubStatus;
}

/** What a person sees for each lifecycle state (Partner Center's names). */
export function vettingViewOf(state: EnrollmentState): EnrollmentView {
  switch (state) {
    case 'EmailVerificationPending':
      return { vettingStatus: 'Pending', vettingSubStatus: 'EmailOwnership' };
    case 'EmailVerified':
      return { vettingStatus: 'Pending', vettingSubStatus: 'EmailDomain' };
    case 'UnderReview':
    case 'InformationRequested':
    case 'InformationProvided':
      return { vettingStatus: 'Pending', vettingSubStatus: 'BusinessVerification' };
    case 'Approved':
    case 'AwaitingSignature':
    case 'Signed':
    case 'Active':
      return { vettingStatus: 'Authorized', vettingSubStatus: 'Decision' };
    case 'Rejected':
      return { vettingStatus: 'Rejected', vettingSubStatus: 'Decision' };
    case 'EmailVerificationExpired':
    case 'InquiryExpired':
    case 'AgreementExpired':
    case 'Failed':
      return { vettingStatus: 'Pending', vettingSubStatus: 'Other' };
  }
}

/** Days an email verification link stays valid, and so how long the first step waits. */
export const emailVerificationValidityDays = 7;
/** Business days a review may take before the enrollment is marked delayed (seed 003: 3 to 5). */
export const reviewBusinessDays = 5;
/** Signature reminders go out every 7 days; the step times out after 30 days. */
export const signatureReminderDays = 7;
export const signatureTimeoutDays = 30;
export const signatureReminders = Math.floor((signatureTimeoutDays - 1) / signatureReminderDays); // 4: days 7, 14, 21, 28
/** How long an applicant has to answer a request for more information. */
export const inquiryResponseDays = 30;
/** How long a review may stay delayed before the workflow gives up and records a failure. */
export const delayedReviewDays = 90;

export const reviewDecisions = ['Approve', 'Reject', 'RequestInformation'] as const;
export type ReviewDecision = (typeof reviewDecisions)[number];

export function stateAfterDecision(decision: ReviewDecision): EnrollmentState {
  return decision === 'Approve' ? 'Approved' : decision === 'Reject' ? 'Rejected' : 'InformationRequested';
}

/** The state a resumed enrollment starts again from. */
export function stateOnResume(point: ResumePoint): EnrollmentState {
  return (
    {
      EmailOwnership: 'EmailVerificationPending',
      Checks: 'EmailVerified',
      Review: 'UnderReview',
      Inquiry: 'InformationRequested',
      Signature: 'Approved',
      Activation: 'Signed',
    } as const
  )[point];
}
