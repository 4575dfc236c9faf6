import { httpHandler, reply } from '#shared/http/handler';
import { transitionLink } from '#shared/partners/links';
import { suspendProviderLink } from '#shared/partners/routes';

export const handler = httpHandler(suspendProviderLink, async ({ params, caller, correlationId }) =>
  reply.ok(
    await transitionLink({
      callerOrganizationId: caller.organizationId,
      otherOrganizationId: params.resellerId,
      side: 'provider',
      move: 'suspend',
      change: () => ({ suspendedBy: 'Provider' }),
      event: 'ProviderLinkSuspended',
      correlationId,
      what: 'be suspended',
    }),
  ),
);
