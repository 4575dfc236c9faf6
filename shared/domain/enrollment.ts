/**
 * The indirect reseller enrollment, modelled on Partner Center's legal business profile vetting:
 * `vettingStatus` None | Pending | Authorized | Rejected and `vettingSubStatus` Entry | EmailOwnership |
 * EmailDomain | EmploymentVerification | BusinessVerification | Decision | Other.
 * Pure: no I/O.
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

/** The enrollment's own lifecycle, beside the vetting view. */
export const enrollmentStates = [
  'EmailVerificationPending',
  'EmailVerified',
  'UnderReview',
  'Rejected',
  'EmailVerificationExpired',
  'Failed',
] as const;
export type EnrollmentState = (typeof enrollmentStates)[number];

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
      return { vettingStatus: 'Pending', vettingSubStatus: 'BusinessVerification' };
    case 'Rejected':
      return { vettingStatus: 'Rejected', vettingSubStatus: 'Decision' };
    case 'EmailVerificationExpired':
    case 'Failed':
      return { vettingStatus: 'Pending', vettingSubStatus: 'Other' };
  }
}

/** Days an email verification link stays valid. */
export const emailVerificationValidityDays = 7;
