import { correctableStates, endStates, enrollmentStates, resumableStates } from '#shared/enrollment/rules';
import { defineLifecycle } from '#shared/platform/lifecycle';

const running = enrollmentStates.filter((state) => !endStates.includes(state));
/** States in which a PartnerID may still be linked: before Active, and while an expired agreement waits. */
const partnerIdOpen = enrollmentStates.filter((state) => state === 'AgreementExpired' || !endStates.includes(state));

/** The enrollment's transition table (the verification-and-signing timeline). */
export const enrollmentLifecycle = defineLifecycle({
  name: 'Enrollment',
  states: enrollmentStates,
  transitions: {
    awaitEmailOwnership: {
      from: ['EmailVerificationPending'],
      to: 'same',
      why: 'the workflow emails the primary contact a verification link and waits',
    },
    verifyEmail: { from: ['EmailVerificationPending'], to: 'EmailVerified', why: 'the contact opened the link' },
    recordCheck: {
      from: ['EmailVerified'],
      to: 'same',
      why: 'a check (EmailDomain, PartnerID, business profile) records its result',
    },
    rejectEmailDomain: { from: ['EmailVerified'], to: 'Rejected', why: 'the contact address is on a webmail service' },
    awaitReview: {
      from: ['EmailVerified', 'InformationProvided', 'UnderReview'],
      to: 'UnderReview',
      why: 'the workflow waits for an operator (and marks the review delayed when it is late)',
    },
    review: {
      from: ['UnderReview'],
      to: ['Approved', 'Rejected', 'InformationRequested'],
      why: 'an operator approves, rejects, or asks the applicant for information',
    },
    awaitInquiryResponse: { from: ['InformationRequested'], to: 'same', why: 'the workflow waits for the answer' },
    answerInquiry: { from: ['InformationRequested'], to: 'InformationProvided', why: 'the applicant answered' },
    awaitSignature: {
      from: ['Approved', 'AwaitingSignature'],
      to: 'AwaitingSignature',
      why: 'the workflow waits for a global admin to sign the partner agreement',
    },
    remindSignature: { from: ['AwaitingSignature'], to: 'same', why: 'another 7 days passed unsigned' },
    sign: { from: ['AwaitingSignature'], to: 'Signed', why: 'a global admin signed the agreement' },
    activate: { from: ['Signed'], to: 'Active', why: 'the program is active; the enrolling user becomes admin agent' },
    linkPartnerId: { from: partnerIdOpen, to: 'same', why: 'a global admin linked a valid PartnerID' },
    correct: {
      from: correctableStates,
      to: 'same',
      why: 'an admin corrects the legal profile, support details or primary contact before the review decides',
    },
    resendVerification: {
      from: correctableStates,
      to: 'same',
      why: 'the verification link (or the new contact’s) is emailed again, a capped number of times',
    },
    confirmContactChange: {
      from: correctableStates,
      to: 'same',
      why: 'the corrected contact opened its link: it becomes the primary contact',
    },
    stop: {
      from: running,
      to: ['EmailVerificationExpired', 'InquiryExpired', 'AgreementExpired', 'Failed'],
      why: 'a wait timed out, or a step failed for good',
    },
    resume: {
      from: [...resumableStates, ...running],
      to: enrollmentStates.filter((state) => !endStates.includes(state)),
      why: 'the owner resumes a stopped timeline, or the reconciler restarts a lost execution, in a new execution',
    },
  },
});

export type EnrollmentMove = keyof typeof enrollmentLifecycle.transitions;
