import { httpHandler, reply } from '#shared/http/handler';
import { transitionLink } from '#shared/partners/links';
import { removeProviderAdminAccess } from '#shared/partners/routes';

/** Seed 003: the reseller may remove the provider's admin access to its tenant and keep the partnership. */
export const handler = httpHandler(removeProviderAdminAccess, async ({ params, caller, correlationId }) =>
  reply.ok(
    await transitionLink({
      callerOrganizationId: caller.organizationId,
      otherOrganizationId: params.providerId,
      side: 'reseller',
      move: 'removeAdminAccess',
      guard: (link) => link.grants.adminAccess,
      change: (link) => ({ grants: { ...link.grants, adminAccess: false } }),
      event: 'ProviderAdminAccessRemoved',
      correlationId,
      what: 'lose an admin access it no longer has',
    }),
  ),
);
