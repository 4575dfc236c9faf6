import { partnerDirectory } from '#shared/enrollment/partner-directory';
import { requirePartnerIdFor } from '#shared/enrollment/partner-id';
import { linkPartnerIdNow, maskEmail, requestPartnerIdControl } from '#shared/enrollment/partner-id-control';
import { linkPartnerId } from '#shared/enrollment/routes';
import { getOwnEnrollment, toEnrollmentView } from '#shared/enrollment/store';
import { httpHandler, reply } from '#shared/http/handler';
import { ifMatchVersion, requireMatch } from '#shared/http/versions';
import { proofLifetimeHours } from '#shared/identity/proofs-store';
import { NotFoundError } from '#shared/platform/errors';
import { getOrganization } from '#shared/users/organizations-store';

/**
 * A PartnerID may be linked at any time before activation. It must pass the PartnerID rule (directory,
 * active, the organization's country, owned by no other organization). When the directory holds a contact for
 * it, that mailbox must confirm first (202: nothing is linked yet); otherwise the claim is written with the
 * link, and a PartnerID linked before is given up in the same transaction.
 */
export const handler = httpHandler(linkPartnerId, async ({ params, body, headers, caller, correlationId }) => {
  const [enrollment, organization, record] = await Promise.all([
    getOwnEnrollment(caller.organizationId, params.enrollmentId, true),
    getOrganization(caller.organizationId),
    partnerDirectory.find(body.partnerId),
  ]);
  if (!organization) throw new NotFoundError();
  requireMatch(headers, enrollment.version);
  await requirePartnerIdFor(organization, body.partnerId);
  if (record?.contactEmail && enrollment.partnerId !== body.partnerId) {
    await requestPartnerIdControl(enrollment, body.partnerId, record.contactEmail, correlationId);
    return reply.status(202, {
      status: 'ConfirmationSent' as const,
      partnerId: body.partnerId,
      sentTo: maskEmail(record.contactEmail),
      expiresInHours: proofLifetimeHours.PartnerId,
    });
  }
  const linked = await linkPartnerIdNow(caller.organizationId, enrollment.enrollmentId, body.partnerId, correlationId, {
    expectedVersion: ifMatchVersion(headers, false),
  });
  return reply.ok(toEnrollmentView(linked));
});
