import { customerEvents } from '#shared/customers/events';
import {
  type CustomerRelationship,
  delegatedAdminFlagItems,
  delegatedAdminHolder,
  delegatedAdminHolderPut,
  extendRelationshipItems,
  findRelationship,
  moveDelegatedAdminItem,
  relationshipItems,
} from '#shared/customers/relationships-store';
import { answeredMeanwhile, unknownLink } from '#shared/partners/accept';
import { type InvitationRecord, settleInvitationItem } from '#shared/partners/invitations-store';
import { getLinkBetween } from '#shared/partners/links-store';
import { isInRegions, regionNames, servedRegions } from '#shared/partners/regions';
import { clock } from '#shared/platform/clock';
import { ConflictError, NotFoundError, ValidationError } from '#shared/platform/errors';
import { type TransactItem, transact } from '#shared/platform/table';
import { getOrganization, type Member } from '#shared/users/organizations-store';

/** Where an edited invitation email puts the personalized link. */
export const linkPlaceholder = '{{link}}';

/**
 * A customer's global admin accepts a relationship request (seed 002). One transaction settles the
 * invitation, writes the relationship three ways (the reseller's Customers page, the provider's for a
 * combined invitation, the customer's consent ledger) and, when delegated admin is asked, takes or moves
 * the one `DELEGATED_ADMIN` item: never two holders, never none by accident.
 */
export async function acceptCustomerInvitation(
  invitation: InvitationRecord,
  caller: Member,
  correlationId: string,
  request: { adminChoice?: 'keepCurrentAdmin' | 'moveAdmin' },
): Promise<Record<string, unknown>> {
  const details = (invitation.details ?? {}) as {
    requestDelegatedAdmin?: boolean;
    providerId?: string;
    regionId?: string;
  };
  const [reseller, customer] = await Promise.all([
    getOrganization(invitation.fromOrganizationId),
    getOrganization(caller.organizationId),
  ]);
  if (!reseller || !customer) throw new NotFoundError();
  if (customer.organizationId === reseller.organizationId || customer.organizationId === details.providerId) {
    throw new ConflictError('A partner cannot be its own customer.');
  }
  const resellerRegions = servedRegions(reseller, 'Reseller');
  if (!isInRegions(customer.country, resellerRegions)) {
    throw new ValidationError(
      [
        {
          field: 'organization.country',
          message: `your organization is in ${customer.country}, outside the markets ${reseller.legalName} may serve (${regionNames(resellerRegions)})`,
        },
      ],
      `${reseller.legalName} may only serve customers in the markets of ${regionNames(resellerRegions)}.`,
    );
  }
  const [provider, link, existing] = await Promise.all([
    details.providerId ? getOrganization(details.providerId) : undefined,
    details.providerId ? getLinkBetween(reseller.organizationId, details.providerId) : undefined,
    findRelationship(reseller.organizationId, customer.organizationId),
  ]);
  if (details.providerId && (!provider || !link || link.link.state !== 'Active'))
    throw new ConflictError('The indirect provider of this invitation is no longer linked with the reseller.');
  if (provider && !isInRegions(customer.country, servedRegions(provider, 'IndirectProvider'))) {
    throw new ValidationError(
      [
        {
          field: 'organization.country',
          message: `your organization is in ${customer.country}, outside the regions ${provider.legalName} serves as an indirect provider (${regionNames(servedRegions(provider, 'IndirectProvider'))})`,
        },
      ],
      `${provider.legalName} may only serve customers in the regions it is designated for.`,
    );
  }
  if (existing?.sharedWith && provider && existing.sharedWith !== provider.organizationId) {
    throw new ConflictError(
      `${reseller.legalName} already serves your organization with another indirect provider; it must end that first.`,
    );
  }

  // delegated admin: take it, keep the current holder, or move it (the customer chooses)
  const adminItems: TransactItem[] = [];
  let holdsAdmin = false;
  let previousHolder: string | undefined;
  if (details.requestDelegatedAdmin) {
    const holder = await delegatedAdminHolder(customer.organizationId);
    if (!holder) {
      holdsAdmin = true;
      adminItems.push(delegatedAdminHolderPut(customer.organizationId, reseller.organizationId, clock.nowIso()));
    } else if (holder === reseller.organizationId) {
      holdsAdmin = true;
    } else if (!request.adminChoice) {
      const current = await getOrganization(holder);
      throw new ConflictError(
        `${current?.legalName ?? 'Another partner'} holds admin permissions for your organization. Choose to keep it (adminChoice: keepCurrentAdmin) or move them to ${reseller.legalName} (moveAdmin).`,
        {
          adminChoiceRequired: true,
          currentHolder: { partnerId: holder, name: current?.legalName },
        },
      );
    } else if (request.adminChoice === 'moveAdmin') {
      holdsAdmin = true;
      previousHolder = holder;
      adminItems.push(
        moveDelegatedAdminItem(customer.organizationId, holder, reseller.organizationId, clock.nowIso()),
        ...delegatedAdminFlagItems(holder, customer.organizationId, false, undefined, 'DelegatedAdminMoved'),
      );
    }
  }

  // an existing customer: the invitation adds what is missing (the provider, delegated admin), or has nothing to add
  const addsProvider = provider !== undefined && existing?.sharedWith !== provider.organizationId;
  const addsAdmin = holdsAdmin && !existing?.delegatedAdmin;
  if (existing && !addsProvider && !addsAdmin) {
    throw new ConflictError(`${reseller.legalName} already has this relationship with your organization.`, {
      relationship: { resellerId: reseller.organizationId, delegatedAdmin: existing.delegatedAdmin },
    });
  }

  const now = clock.nowIso();
  const base = {
    customerId: customer.organizationId,
    customerName: customer.legalName,
    domain: customer.contactEmail?.split('@')[1],
    country: customer.country,
    state: 'Active' as const,
    since: now,
    via: 'Invitation' as const,
    resellerOfRecord: reseller.organizationId,
  };
  const resellerRelationship: CustomerRelationship = {
    ...base,
    partnerId: reseller.organizationId,
    role: 'Reseller',
    delegatedAdmin: holdsAdmin,
    sharedWith: provider?.organizationId,
  };
  const items: TransactItem[] = [
    settleInvitationItem(invitation.invitationId, 'accept', {
      acceptedBy: caller.userId,
      acceptedAt: now,
      invitedOrganizationId: customer.organizationId,
    }),
    ...(existing
      ? extendRelationshipItems(existing, { providerId: provider?.organizationId, delegatedAdmin: holdsAdmin })
      : relationshipItems(resellerRelationship, reseller.legalName)),
    ...(provider && addsProvider
      ? relationshipItems(
          {
            ...base,
            partnerId: provider.organizationId,
            role: 'IndirectProvider',
            delegatedAdmin: false,
            sharedWith: reseller.organizationId,
          },
          provider.legalName,
        )
      : []),
    ...adminItems,
    customerEvents.put(
      'CustomerRelationshipCreated',
      {
        resellerId: reseller.organizationId,
        providerId: provider?.organizationId,
        delegatedAdmin: holdsAdmin,
        previousAdmin: previousHolder,
        invitationId: invitation.invitationId,
        ...(existing ? { extended: true } : {}),
      },
      { organizationId: customer.organizationId, correlationId },
    ),
  ];
  const adminStart = items.length - 1 - adminItems.length;
  try {
    await transact(items, (index) =>
      index === 0
        ? new ConflictError('settled')
        : index >= adminStart && index < adminStart + adminItems.length
          ? new ConflictError(
              'Admin permissions for your organization changed at the same moment: look again and choose.',
              { adminChoiceRequired: true },
            )
          : new ConflictError('The relationship changed at the same moment: look again.'),
    );
  } catch (error) {
    // lost a race with another answer: for the link holder the link is simply used now
    if (error instanceof ConflictError && (await answeredMeanwhile(invitation.invitationId))) throw unknownLink();
    throw error;
  }
  return {
    relationship: {
      resellerId: reseller.organizationId,
      providerId: provider?.organizationId,
      delegatedAdmin: holdsAdmin,
      previousAdmin: previousHolder,
    },
  };
}
