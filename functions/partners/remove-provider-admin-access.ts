import { httpHandler, reply } from '#shared/http/handler';
import { linkActions } from '#shared/partners/link-actions';
import { removeProviderAdminAccess } from '#shared/partners/routes';

/** Seed 003: the reseller may remove the provider's admin access to its tenant and keep the partnership. */
export const handler = httpHandler(removeProviderAdminAccess, async ({ params, caller, correlationId }) =>
  reply.ok(await linkActions.removeAdminAccess(caller, params.providerId, correlationId)),
);
