import { httpHandler, reply } from '#shared/http/handler';
import { linkLifecycle } from '#shared/partners/lifecycle';
import { changeLink, linkView, requireLink } from '#shared/partners/links-store';
import { setProviderLinkSuspension } from '#shared/partners/routes';
import { ConflictError } from '#shared/platform/errors';

/** An operator suspends a link, or lifts any suspension (its own or the provider's). */
export const handler = httpHandler(setProviderLinkSuspension, async ({ params, body, correlationId }) => {
  const { link } = await requireLink(params.providerId, params.resellerId);
  const move = body.suspended ? 'suspend' : 'resume';
  if (!linkLifecycle.allows(move, link.state))
    throw new ConflictError(`The link is ${link.state.toLowerCase()}.`, { linkState: link.state });
  const next = await changeLink(
    link,
    move,
    body.suspended ? { suspendedBy: 'Operator' } : {},
    { type: body.suspended ? 'ProviderLinkSuspended' : 'ProviderLinkResumed', by: 'operator' },
    correlationId,
    params.providerId,
  );
  return reply.ok(linkView(next, 'provider'));
});
