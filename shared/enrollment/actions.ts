import { partnerDirectory } from '#shared/enrollment/partner-directory';
import { requirePartnerIdFor } from '#shared/enrollment/partner-id';
import { linkPartnerIdNow, maskEmail, requestPartnerIdControl } from '#shared/enrollment/partner-id-control';
import { stateAfterDecision } from '#shared/enrollment/rules';
import {
  answerWaitingStep,
  type EnrollmentRecord,
  getEnrollmentById,
  getOwnEnrollment,
} from '#shared/enrollment/store';
import { proofLifetimeHours } from '#shared/identity/proofs-store';
import { clock } from '#shared/platform/clock';
import { NotFoundError, PreconditionFailedError } from '#shared/platform/errors';
import type { Member } from '#shared/users/members-store';
import { getOrganization } from '#shared/users/organizations-store';

/** The enrollment actions a person takes, the same from the API and from the console. */

export type PartnerIdOutcome =
  | { linked: EnrollmentRecord }
  | { status: 'ConfirmationSent'; partnerId: string; sentTo: string; expiresInHours: number };

/**
 * A PartnerID may be linked at any time before activation. It must pass the PartnerID rule (directory,
 * active, the organization's country, owned by no other organization). When the directory holds a contact for
 * it, that mailbox must confirm first (nothing is linked yet); otherwise the claim is written with the link,
 * and a PartnerID linked before is given up in the same transaction, conditional on `expectedVersion` (If-Match).
 */
export async function linkPartnerIdFor(
  caller: Member,
  enrollmentId: string,
  partnerId: string,
  correlationId: string,
  expectedVersion?: number,
): Promise<PartnerIdOutcome> {
  const [enrollment, organization, record] = await Promise.all([
    getOwnEnrollment(caller.organizationId, enrollmentId, true),
    getOrganization(caller.organizationId),
    partnerDirectory.find(partnerId),
  ]);
  if (!organization) throw new NotFoundError();
  if (expectedVersion !== undefined && expectedVersion !== enrollment.version) throw new PreconditionFailedError();
  await requirePartnerIdFor(organization, partnerId);
  if (record?.contactEmail && enrollment.partnerId !== partnerId) {
    await requestPartnerIdControl(enrollment, partnerId, record.contactEmail, correlationId);
    return {
      status: 'ConfirmationSent',
      partnerId,
      sentTo: maskEmail(record.contactEmail),
      expiresInHours: proofLifetimeHours.PartnerId,
    };
  }
  const linked = await linkPartnerIdNow(caller.organizationId, enrollment.enrollmentId, partnerId, correlationId, {
    expectedVersion,
  });
  return { linked };
}

/** The applicant answers the reviewer's question; the workflow goes back to review. */
export async function answerInquiry(
  caller: Member,
  enrollmentId: string,
  answer: string,
  correlationId: string,
): Promise<EnrollmentRecord> {
  const enrollment = await getOwnEnrollment(caller.organizationId, enrollmentId, true);
  const review = { ...enrollment.review, answer, answeredAt: clock.nowIso() };
  await answerWaitingStep({
    record: enrollment,
    move: 'answerInquiry',
    step: 'InquiryResponse',
    to: 'InformationProvided',
    change: { set: { review } },
    event: { type: 'InquiryAnswered', payload: {} },
    correlationId,
    action: 'take an answer (no question is waiting)',
  });
  return { ...enrollment, state: 'InformationProvided', review, waiting: undefined, version: enrollment.version + 1 };
}

export interface ReviewDecision {
  decision: 'Approve' | 'Reject' | 'RequestInformation';
  reason?: string;
  question?: string;
}

/**
 * An operator decides a review. The write is conditional on the state, the waiting step and its token: of
 * two concurrent decisions exactly one lands, the other gets 409 with the state it found.
 */
export async function decideReview(
  operator: Member,
  enrollmentId: string,
  body: ReviewDecision,
  correlationId: string,
): Promise<EnrollmentRecord> {
  const enrollment = await getEnrollmentById(enrollmentId);
  if (!enrollment) throw new NotFoundError('No such enrollment.');
  const to = stateAfterDecision(body.decision);
  const review = {
    ...enrollment.review,
    decision: body.decision,
    reason: body.reason,
    question: body.question,
    ...(body.decision === 'RequestInformation' ? { answer: undefined } : {}),
    decidedAt: clock.nowIso(),
    decidedBy: operator.userId,
  };
  await answerWaitingStep({
    record: enrollment,
    move: 'review',
    step: 'Review',
    to,
    change: { set: { review: JSON.parse(JSON.stringify(review)) } },
    event: {
      type: 'EnrollmentReviewed',
      payload: { decision: body.decision, reason: body.reason, question: body.question },
    },
    correlationId,
    action: 'be reviewed',
  });
  return { ...enrollment, state: to, review, waiting: undefined, version: enrollment.version + 1 } as EnrollmentRecord;
}
