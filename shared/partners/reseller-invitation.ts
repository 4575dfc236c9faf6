import { answeredMeanwhile, unknownLink } from '#shared/partners/accept';
import { partnerEvents } from '#shared/partners/events';
import { type InvitationRecord, settleInvitationItem } from '#shared/partners/invitations-store';
import { createLinkItems, getLinkBetween, initialGrants, type ProviderLink } from '#shared/partners/links-store';
import { isInRegions, regionOf } from '#shared/partners/regions';
import { clock } from '#shared/platform/clock';
import { ConflictError, NotFoundError, ValidationError } from '#shared/platform/errors';
import { transact } from '#shared/platform/table';
import { getOrganization, type Member } from '#shared/users/organizations-store';

/**
 * A reseller's global admin authorizes the provider (seed 000, step 3): the invitation settles and the link
 * is created on both sides in one transaction, so of fifty concurrent acceptances exactly one creates it.
 */
export async function acceptResellerInvitation(
  invitation: InvitationRecord,
  caller: Member,
  correlationId: string,
): Promise<Record<string, unknown>> {
  const [provider, reseller] = await Promise.all([
    getOrganization(invitation.fromOrganizationId),
    getOrganization(caller.organizationId),
  ]);
  if (!provider || !reseller) throw new NotFoundError();
  const regions = provider.providerRegions ?? [];
  if (!isInRegions(reseller.country, regions)) {
    throw new ValidationError(
      [
        {
          field: 'organization.country',
          message: `your organization is in ${reseller.country} (${regionOf(reseller.country)?.name ?? 'no CSP region'}), outside the regions this provider serves (${regions.join(', ')})`,
        },
      ],
      `${provider.legalName} serves ${regions.join(', ')}; an organization in ${reseller.country} cannot authorize it.`,
    );
  }
  if (reseller.programs.IndirectReseller?.status !== 'Active') {
    throw new ConflictError(
      'Your organization must be an active indirect reseller to authorize an indirect provider: finish its enrollment first.',
      { programs: reseller.programs },
    );
  }
  const existing = await getLinkBetween(reseller.organizationId, provider.organizationId);
  if (existing && existing.link.state !== 'Ended')
    throw new ConflictError('You are already linked to this provider.', { linkState: existing.link.state });
  const now = clock.nowIso();
  const link: ProviderLink = {
    provider: {
      organizationId: provider.organizationId,
      name: provider.legalName,
      partnerId: provider.partnerId,
      country: provider.country,
    },
    reseller: {
      organizationId: reseller.organizationId,
      name: reseller.legalName,
      partnerId: reseller.partnerId,
      country: reseller.country,
    },
    state: 'Active',
    grants: initialGrants,
    invitationId: invitation.invitationId,
    createdAt: now,
    updatedAt: now,
    version: existing ? existing.link.version + 1 : 1,
  };
  try {
    await transact(
      [
        settleInvitationItem(invitation.invitationId, 'accept', {
          acceptedBy: caller.userId,
          acceptedAt: now,
          invitedOrganizationId: reseller.organizationId,
        }),
        ...createLinkItems(link),
        partnerEvents.put(
          'ProviderLinkCreated',
          {
            providerId: provider.organizationId,
            resellerId: reseller.organizationId,
            invitationId: invitation.invitationId,
          },
          { organizationId: reseller.organizationId, correlationId },
        ),
      ],
      (index) =>
        index === 0 ? new ConflictError('settled') : new ConflictError('You are already linked to this provider.'),
    );
  } catch (error) {
    // lost a race with another answer: for the link holder the link is simply used now
    if (error instanceof ConflictError && (await answeredMeanwhile(invitation.invitationId))) throw unknownLink();
    throw error;
  }
  return {
    link: {
      providerId: provider.organizationId,
      resellerId: reseller.organizationId,
      state: 'Active',
      grants: initialGrants,
    },
  };
}
