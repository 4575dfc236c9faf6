import { transitionLink } from '#shared/partners/links';
import type { Member } from '#shared/users/members-store';

/**
 * The changes either side makes to a provider-reseller link, the same from the API and from the console:
 * each names its side, its guard and its event once.
 */
export const linkActions = {
  /** The provider suspends the link. */
  suspend: (caller: Member, resellerId: string, correlationId: string) =>
    transitionLink({
      callerOrganizationId: caller.organizationId,
      otherOrganizationId: resellerId,
      side: 'provider',
      move: 'suspend',
      change: () => ({ suspendedBy: 'Provider' }),
      event: 'ProviderLinkSuspended',
      correlationId,
      what: 'be suspended',
    }),
  /** A provider lifts only its own suspension; an operator's stays until an operator lifts it. */
  resume: (caller: Member, resellerId: string, correlationId: string) =>
    transitionLink({
      callerOrganizationId: caller.organizationId,
      otherOrganizationId: resellerId,
      side: 'provider',
      move: 'resume',
      guard: (link) => link.suspendedBy === 'Provider',
      event: 'ProviderLinkResumed',
      correlationId,
      what: 'be resumed by the provider',
    }),
  /** Either side ends the partnership; the grants end with it. */
  end: (caller: Member, otherOrganizationId: string, correlationId: string) =>
    transitionLink({
      callerOrganizationId: caller.organizationId,
      otherOrganizationId,
      move: 'end',
      change: () => ({ grants: { submitOrders: false, addSubscriptions: false, adminAccess: false } }),
      event: 'ProviderLinkEnded',
      correlationId,
      what: 'end again',
    }),
  /** Seed 003: the reseller removes the provider's admin access to its tenant and keeps the partnership. */
  removeAdminAccess: (caller: Member, providerId: string, correlationId: string) =>
    transitionLink({
      callerOrganizationId: caller.organizationId,
      otherOrganizationId: providerId,
      side: 'reseller',
      move: 'removeAdminAccess',
      guard: (link) => link.grants.adminAccess,
      change: (link) => ({ grants: { ...link.grants, adminAccess: false } }),
      event: 'ProviderAdminAccessRemoved',
      correlationId,
      what: 'lose an admin access it no longer has',
    }),
};
