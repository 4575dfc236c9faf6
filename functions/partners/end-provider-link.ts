import { httpHandler, reply } from '#shared/http/handler';
import { transitionLink } from '#shared/partners/links';
import { endProviderLink } from '#shared/partners/routes';

/** Either side ends the partnership; the grants end with it. */
export const handler = httpHandler(endProviderLink, async ({ params, caller, correlationId }) =>
  reply.ok(
    await transitionLink({
      callerOrganizationId: caller.organizationId,
      otherOrganizationId: params.organizationId,
      move: 'end',
      change: () => ({ grants: { submitOrders: false, addSubscriptions: false, adminAccess: false } }),
      event: 'ProviderLinkEnded',
      correlationId,
      what: 'end again',
    }),
  ),
);
