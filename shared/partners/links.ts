import type { LinkChangeEvent } from '#shared/partners/events';
import { type LinkMove, linkLifecycle } from '#shared/partners/lifecycle';
import { changeLink, linkView, type ProviderLink, requireLink } from '#shared/partners/links-store';
import { ConflictError, NotFoundError } from '#shared/platform/errors';

type Side = 'reseller' | 'provider';

/**
 * One transition of a provider-reseller link, as seen from the caller's side: found from that side only
 * (404 otherwise), allowed from the states given (409 naming the state otherwise), both items changed at once.
 */
export async function transitionLink(input: {
  callerOrganizationId: string;
  otherOrganizationId: string;
  side?: Side;
  /** The move of the link's transition table (`shared/partners/lifecycle.ts`). */
  move: LinkMove;
  /** A rule beyond the table, e.g. a provider resumes only its own suspension. */
  guard?: (link: ProviderLink) => boolean;
  change?: (link: ProviderLink) => Partial<Pick<ProviderLink, 'grants' | 'suspendedBy'>>;
  event: LinkChangeEvent;
  correlationId: string;
  what: string;
}) {
  const { link, side } = await requireLink(input.callerOrganizationId, input.otherOrganizationId);
  if (input.side && side !== input.side) throw new NotFoundError('No such link from your side.');
  if (!linkLifecycle.allows(input.move, link.state) || (input.guard && !input.guard(link)))
    throw new ConflictError(`The link is ${link.state.toLowerCase()}: it cannot ${input.what}.`, {
      linkState: link.state,
      suspendedBy: link.suspendedBy,
    });
  const next = await changeLink(
    link,
    input.move,
    input.change?.(link) ?? {},
    { type: input.event, by: side },
    input.correlationId,
    input.callerOrganizationId,
  );
  return linkView(next, side);
}

/** An operator suspends a link, or lifts any suspension (its own or the provider's). */
export async function moveLinkAsOperator(
  ids: { providerId: string; resellerId: string },
  move: 'suspend' | 'resume',
  correlationId: string,
) {
  const { link } = await requireLink(ids.providerId, ids.resellerId);
  if (!linkLifecycle.allows(move, link.state))
    throw new ConflictError(`The link is ${link.state.toLowerCase()}.`, { linkState: link.state });
  const next = await changeLink(
    link,
    move,
    move === 'suspend' ? { suspendedBy: 'Operator' } : {},
    { type: move === 'suspend' ? 'ProviderLinkSuspended' : 'ProviderLinkResumed', by: 'operator' },
    correlationId,
    ids.providerId,
  );
  return linkView(next, 'provider');
}
