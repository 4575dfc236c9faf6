import { SupportDetails } from '#shared/enrollment/schemas';
import { defineEvents } from '#shared/platform/outbox';
import * as z from '#shared/platform/zod';

const Enrollment = { enrollmentId: z.string() };
/** A person's answer to a step the workflow waits on: the consumer resumes the workflow with the token. */
const Answer = { ...Enrollment, taskToken: z.string() };
const Stopped = z.object({ ...Enrollment, from: z.string() });

/** The events of the verification-and-signing timeline. */
export const enrollmentEvents = defineEvents({
  EnrollmentStarted: z.object({ ...Enrollment, program: z.string(), executionName: z.string() }),
  EnrollmentResumed: z.object({ ...Enrollment, executionName: z.string(), resumeAt: z.string() }),
  /** The timeline waits for the contact: the durable effect mints the link and emails it. */
  EmailOwnershipRequested: z.object({ ...Enrollment, email: z.string(), expiresAt: z.string() }),
  EmailOwnershipVerified: z.object({ ...Answer, email: z.string() }),
  /** The applicant corrected its enrollment (the fields named). */
  EnrollmentCorrected: z.object({ ...Enrollment, fields: z.array(z.string()) }),
  /** A corrected contact's new address, after the first verification: its link is emailed (durable effect). */
  ContactChangeRequested: z.object({ ...Enrollment, email: z.string(), expiresAt: z.string() }),
  ContactChanged: z.object({ ...Enrollment, email: z.string() }),
  EnrollmentRejected: z.object({ ...Enrollment, reason: z.string() }),
  EnrollmentUnderReview: z.object({ ...Enrollment, dueAt: z.string().optional() }),
  EnrollmentReviewDelayed: z.object({ ...Enrollment, dueAt: z.string().optional() }),
  EnrollmentReviewed: z.object({
    ...Answer,
    decision: z.enum(['Approve', 'Reject', 'RequestInformation']),
    reason: z.string().optional(),
    question: z.string().optional(),
  }),
  InquiryAnswered: z.object(Answer),
  PartnerIdLinked: z.object({ ...Enrollment, partnerId: z.string() }),
  /** The PartnerID's directory contact is asked to confirm that the organization may use it. */
  PartnerIdControlRequested: z.object({
    ...Enrollment,
    partnerId: z.string(),
    contactEmail: z.string(),
    /** Set for an existing partner's support-only enrollment: activated, by this user, when the contact confirms. */
    support: SupportDetails.optional(),
    requestedBy: z.string().optional(),
  }),
  AgreementSigned: z.object({ ...Answer, signerId: z.string(), agreementVersion: z.string() }),
  AgreementSignatureReminder: z.object({ ...Enrollment, reminder: z.number() }),
  EnrollmentActivated: z.object(Enrollment),
  EnrollmentEmailVerificationExpired: Stopped,
  EnrollmentInquiryExpired: Stopped,
  EnrollmentAgreementExpired: Stopped,
  EnrollmentFailed: Stopped,
});

export type EnrollmentEventCatalog = typeof enrollmentEvents.catalog;
