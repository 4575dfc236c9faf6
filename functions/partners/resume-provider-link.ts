import { httpHandler, reply } from '#shared/http/handler';
import { transitionLink } from '#shared/partners/links';
import { resumeProviderLink } from '#shared/partners/routes';

/** A provider lifts only its own suspension; an operator's stays until an operator lifts it. */
export const handler = httpHandler(resumeProviderLink, async ({ params, caller, correlationId }) =>
  reply.ok(
    await transitionLink({
      callerOrganizationId: caller.organizationId,
      otherOrganizationId: params.resellerId,
      side: 'provider',
      move: 'resume',
      // a provider lifts its own suspension, never an operator's
      guard: (link) => link.suspendedBy === 'Provider',
      event: 'ProviderLinkResumed',
      correlationId,
      what: 'be resumed by the provider',
    }),
  ),
);
