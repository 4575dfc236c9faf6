import type { EnrollmentEventCatalog } from '#shared/enrollment/events';
import { maskEmail } from '#shared/enrollment/partner-id-control';
import { emailVerificationValidityDays, maxVerificationResends } from '#shared/enrollment/rules';
import type { CorrectEnrollmentRequest } from '#shared/enrollment/schemas';
import { type EnrollmentRecord, transitionEnrollment } from '#shared/enrollment/store';
import { clock } from '#shared/platform/clock';
import { ConflictError, ValidationError } from '#shared/platform/errors';
import { mailCapError, mailQuotaItems } from '#shared/platform/mail-quota-store';
import type { EventInput } from '#shared/platform/outbox';
import type * as z from '#shared/platform/zod';

type Correction = z.output<typeof CorrectEnrollmentRequest>;

const sameAddress = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Corrects an enrollment before the review decides (a mistyped contact, a wrong legal name): one transaction,
 * conditional on the version read. A new contact address is verified again:
 * - before the first verification, the contact is replaced and the link goes to the new address at once (the
 *   timeline's wait is kept; links to the old address stop working, since confirming checks the address);
 * - after it, the new contact is pending, emailed its own link, and replaces the contact when that is opened.
 * Either email counts on the day's mail caps.
 */
export async function correctEnrollment(
  record: EnrollmentRecord,
  organizationCountry: string,
  body: Correction,
  correlationId: string,
): Promise<EnrollmentRecord> {
  if (body.legalProfile && body.legalProfile.address.country !== organizationCountry) {
    throw new ValidationError([
      {
        in: 'body',
        field: 'legalProfile.address.country',
        message: `must be the organization’s country (${organizationCountry})`,
      },
    ]);
  }
  const now = clock.nowIso();
  const set: Record<string, unknown> = { correctedAt: now };
  const remove: string[] = [];
  if (body.legalProfile) set.legalProfile = body.legalProfile;
  if (body.support) set.support = body.support;
  let event: EventInput<EnrollmentEventCatalog> | undefined;
  let mailTo: string | undefined;
  const contact = body.primaryContact;
  const current = record.primaryContact;
  const fields = Object.keys(body).filter((key) => body[key as keyof Correction] !== undefined);
  if (contact && current && sameAddress(contact.email, current.email)) {
    set.primaryContact = contact;
    remove.push('pendingContact');
  } else if (contact && !record.emailVerifiedAt) {
    set.primaryContact = contact;
    remove.push('pendingContact');
    if (record.state === 'EmailVerificationPending' && record.waiting?.step === 'EmailOwnership') {
      event = {
        type: 'EmailOwnershipRequested',
        payload: {
          enrollmentId: record.enrollmentId,
          email: contact.email,
          expiresAt: record.waiting.dueAt ?? verificationExpiry(),
        },
      };
      mailTo = contact.email;
    }
  } else if (contact) {
    set.pendingContact = { ...contact, requestedAt: now };
    event = {
      type: 'ContactChangeRequested',
      payload: { enrollmentId: record.enrollmentId, email: contact.email, expiresAt: verificationExpiry() },
    };
    mailTo = contact.email;
  }
  event ??= { type: 'EnrollmentCorrected', payload: { enrollmentId: record.enrollmentId, fields } };
  await transitionEnrollment({
    organizationId: record.organizationId,
    move: 'correct',
    from: [record.state],
    change: { set, remove },
    condition: { expression: 'version = :seen', values: { ':seen': record.version } },
    event,
    extra: mailTo ? mailQuotaItems(record.organizationId, mailTo) : [],
    extraError: (index) => mailCapError(index === 0 ? 0 : 1),
    correlationId,
    action: 'be corrected',
  });
  const next: EnrollmentRecord = { ...record, ...set, version: record.version + 1, updatedAt: now } as EnrollmentRecord;
  if (remove.includes('pendingContact')) delete next.pendingContact;
  return next;
}

/**
 * Emails the verification link again: to the contact while the timeline waits for its address, or to a
 * corrected contact that is pending. Capped per enrollment (`maxVerificationResends`) and on the mail caps;
 * each email carries a new link, and every link of the same wait works until one is used.
 */
export async function resendVerification(
  record: EnrollmentRecord,
  correlationId: string,
): Promise<{ sentTo: string; resendsLeft: number }> {
  const resends = record.verificationResends ?? 0;
  let event: EventInput<EnrollmentEventCatalog>;
  let to: string;
  if (record.pendingContact) {
    to = record.pendingContact.email;
    event = {
      type: 'ContactChangeRequested',
      payload: { enrollmentId: record.enrollmentId, email: to, expiresAt: verificationExpiry() },
    };
  } else if (record.state === 'EmailVerificationPending' && record.waiting?.step === 'EmailOwnership') {
    to = record.primaryContact!.email;
    event = {
      type: 'EmailOwnershipRequested',
      payload: {
        enrollmentId: record.enrollmentId,
        email: to,
        expiresAt: record.waiting.dueAt ?? verificationExpiry(),
      },
    };
  } else {
    throw new ConflictError(
      record.emailVerifiedAt
        ? 'The contact’s address is already verified: there is no link to resend.'
        : 'The enrollment is not waiting for a verification: resume it first (resumeEnrollment).',
      { enrollmentState: record.state },
    );
  }
  if (resends >= maxVerificationResends) {
    throw new ConflictError(
      `The link was already resent ${maxVerificationResends} times. Check the address for a typo and correct it (correctEnrollment).`,
      { resends },
    );
  }
  await transitionEnrollment({
    organizationId: record.organizationId,
    move: 'resendVerification',
    from: [record.state],
    change: { set: { verificationResends: resends + 1 } },
    condition: { expression: 'version = :seen', values: { ':seen': record.version } },
    event,
    extra: mailQuotaItems(record.organizationId, to),
    extraError: (index) => mailCapError(index === 0 ? 0 : 1),
    correlationId,
    action: 'resend its verification link',
  });
  return { sentTo: maskEmail(to), resendsLeft: maxVerificationResends - resends - 1 };
}

function verificationExpiry(): string {
  return new Date(clock.now().getTime() + emailVerificationValidityDays * 86_400_000).toISOString();
}
