import { enrollmentEvents } from '#shared/enrollment/events';
import { requirePartnerIdFor } from '#shared/enrollment/partner-id';
import type { SupportDetails } from '#shared/enrollment/schemas';
import { type EnrollmentRecord, getOwnEnrollment, transitionEnrollment } from '#shared/enrollment/store';
import { checkResult } from '#shared/enrollment/workflow-context';
import { NotFoundError } from '#shared/platform/errors';
import { mailCapError, mailQuotaItems, recipientQuotaItem } from '#shared/platform/mail-quota-store';
import { type TransactItem, transact } from '#shared/platform/table';
import { getOrganization, releasePartnerIdItem } from '#shared/users/organizations-store';

/**
 * Links a PartnerID to an organization's enrollment: the PartnerID rule again (the directory may have changed
 * since it was asked), the claim, the link and the release of a PartnerID linked before, in one transaction
 * with `extra` (the proof link's use, when the directory contact confirmed), conditional on `expectedVersion`
 * when the caller sent If-Match.
 */
export async function linkPartnerIdNow(
  organizationId: string,
  enrollmentId: string,
  partnerId: string,
  correlationId: string,
  options: { extra?: TransactItem[]; expectedVersion?: number } = {},
): Promise<EnrollmentRecord> {
  const [enrollment, organization] = await Promise.all([
    getOwnEnrollment(organizationId, enrollmentId, true),
    getOrganization(organizationId),
  ]);
  if (!organization) throw new NotFoundError();
  const claim = await requirePartnerIdFor(organization, partnerId);
  const previous = enrollment.partnerId && enrollment.partnerId !== partnerId ? enrollment.partnerId : undefined;
  const checks = { ...enrollment.checks, partnerId: checkResult('Valid') };
  await transitionEnrollment({
    organizationId,
    move: 'linkPartnerId',
    change: { set: { partnerId, checks }, remove: ['partnerIdConfirmation'] },
    event: { type: 'PartnerIdLinked', payload: { enrollmentId, partnerId } },
    extra: [claim, ...(previous ? [releasePartnerIdItem(previous, organizationId)] : []), ...(options.extra ?? [])],
    ...(options.expectedVersion === undefined
      ? {}
      : { condition: { expression: 'version = :expected', values: { ':expected': options.expectedVersion } } }),
    correlationId,
    action: 'link a PartnerID',
  });
  return { ...enrollment, partnerId, checks, version: enrollment.version + 1 };
}

/**
 * Asks the PartnerID's directory contact to confirm (as Partner Center asks for a sign-in to the membership
 * account): the event emails it a proof link, counted against the daily mail caps. Nothing is linked or
 * claimed until that mailbox confirms.
 */
export async function requestPartnerIdControl(
  enrollment: { organizationId: string; enrollmentId: string },
  partnerId: string,
  contactEmail: string,
  correlationId: string,
  /** An existing partner's support-only enrollment, activated when the contact confirms. */
  activation?: { support?: SupportDetails; requestedBy: string },
): Promise<void> {
  await transact(
    [
      enrollmentEvents.put(
        'PartnerIdControlRequested',
        { enrollmentId: enrollment.enrollmentId, partnerId, contactEmail, ...activation },
        { organizationId: enrollment.organizationId, correlationId },
      ),
      ...mailQuotaItems(enrollment.organizationId, contactEmail),
    ],
    (index) => mailCapError(index === 1 ? 0 : 1),
  );
}

/** The event that asks a PartnerID's directory contact, and its recipient's mail counter, to add to a transaction. */
export function partnerIdControlItems(
  enrollment: { organizationId: string; enrollmentId: string },
  partnerId: string,
  contactEmail: string,
  correlationId: string,
): TransactItem[] {
  return [
    enrollmentEvents.put(
      'PartnerIdControlRequested',
      { enrollmentId: enrollment.enrollmentId, partnerId, contactEmail },
      { organizationId: enrollment.organizationId, correlationId },
    ),
    recipientQuotaItem(contactEmail),
  ];
}

/** `ada@contoso.it` as `a•••@contoso.it`: enough for the asker to recognize it, not to learn it. */
export function maskEmail(email: string): string {
  const [local = '', domain = ''] = email.split('@');
  return `${local.slice(0, 1)}•••@${domain}`;
}
