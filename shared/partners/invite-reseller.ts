import { invitationValidityDays } from '#shared/partners/invitation-rules';
import { type InvitationRecord, insertInvitation } from '#shared/partners/invitations-store';
import { getLinkBetween } from '#shared/partners/links-store';
import type { CreateResellerInvitationRequest } from '#shared/partners/schemas';
import { clock } from '#shared/platform/clock';
import { newId } from '#shared/platform/crypto';
import { ConflictError, NotFoundError, ValidationError } from '#shared/platform/errors';
import type * as z from '#shared/platform/zod';
import type { Member } from '#shared/users/members-store';
import { organizationOfEmail } from '#shared/users/members-store';
import { getOrganization, partnerIdOwner } from '#shared/users/organizations-store';

/**
 * An indirect provider invites a reseller (seed 000, "Connect with an indirect provider", step 1). The
 * invitation is stored with the sending quota; the outbox consumer mints the personalized link and emails it.
 */
export async function inviteReseller(
  body: z.output<typeof CreateResellerInvitationRequest>,
  caller: Member,
  correlationId: string,
): Promise<InvitationRecord> {
  const provider = await getOrganization(caller.organizationId);
  if (provider?.programs.IndirectProvider?.status !== 'Active') {
    throw new ConflictError('Only an active indirect provider can invite resellers.', { programs: provider?.programs });
  }
  const { email, invitedOrganizationId } = body.partnerId
    ? await byPartnerId(body.partnerId)
    : await byEmail(body.email!);
  if (invitedOrganizationId === provider.organizationId) throw new ConflictError('A provider cannot invite itself.');
  if (invitedOrganizationId) {
    const existing = await getLinkBetween(provider.organizationId, invitedOrganizationId);
    if (existing && existing.link.state !== 'Ended')
      throw new ConflictError('This reseller is already linked to you.', { linkState: existing.link.state });
  }
  const now = clock.now();
  const record: InvitationRecord = {
    invitationId: newId(),
    kind: 'Reseller',
    state: 'Pending',
    fromOrganizationId: provider.organizationId,
    fromName: provider.legalName,
    invitedEmail: email,
    invitedOrganizationId,
    language: body.language ?? caller.language,
    message: body.message,
    createdBy: caller.userId,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + invitationValidityDays * 86_400_000).toISOString(),
    resends: 0,
    details: {
      providerCountry: provider.country,
      providerRegions: provider.providerRegions ?? [],
      grants: { submitOrders: true, addSubscriptions: true, adminAccess: true },
    },
    version: 1,
  };
  await insertInvitation(record, correlationId, { email: true });
  return record;
}

async function byEmail(email: string): Promise<{ email: string; invitedOrganizationId?: string }> {
  return { email, invitedOrganizationId: await organizationOfEmail(email) };
}

/** A PartnerID names an organization of the platform; the invitation goes to its primary contact. */
async function byPartnerId(partnerId: string): Promise<{ email: string; invitedOrganizationId: string }> {
  // the PartnerID's owner, never whichever organization sorts first
  const owner = await partnerIdOwner(partnerId);
  const organization = owner ? await getOrganization(owner) : undefined;
  if (!organization)
    throw new ValidationError([
      { in: 'body', field: 'partnerId', message: 'belongs to no organization on the platform: invite by email' },
    ]);
  const email = organization.profile?.primaryContact?.email ?? organization.contactEmail;
  if (!email) throw new NotFoundError('That organization has no contact to invite.');
  return { email, invitedOrganizationId: organization.organizationId };
}
