import { httpHandler, reply } from '#shared/http/handler';
import { changeLink, linkView, requireLink } from '#shared/partners/links-store';
import { setProviderLinkSuspension } from '#shared/partners/routes';
import { ConflictError } from '#shared/platform/errors';

/** An operator suspends a link, or lifts any suspension (its own or the provider's). */
export const handler = httpHandler(setProviderLinkSuspension, async ({ params, body, correlationId }) => {
  const { link } = await requireLink(params.providerId, params.resellerId);
  const wanted = body.suspended ? 'Suspended' : 'Active';
  if (link.state === 'Ended' || link.state === wanted)
    throw new ConflictError(`The link is ${link.state.toLowerCase()}.`, { linkState: link.state });
  const next = await changeLink(
    link,
    body.suspended ? { state: 'Suspended', suspendedBy: 'Operator' } : { state: 'Active' },
    { type: body.suspended ? 'ProviderLinkSuspended' : 'ProviderLinkResumed', by: 'operator' },
    correlationId,
    params.providerId,
  );
  return reply.ok(linkView(next, 'provider'));
});
