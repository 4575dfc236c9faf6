import { httpHandler, reply } from '#shared/http/handler';
import { decodeCursor, encodeCursor } from '#shared/platform/cursor';
import { toDeadEffect } from '#shared/platform/effect-schemas';
import { eventsInEffectState } from '#shared/platform/effects';
import { listDeadEffects } from '#shared/platform/routes';

/** The operators' view of effects that failed for good, oldest first. */
export const handler = httpHandler(listDeadEffects, async ({ query }) => {
  const page = await eventsInEffectState('Dead', { limit: query.limit, startKey: decodeCursor(query.cursor) });
  return reply.ok({ items: page.items.map(toDeadEffect), nextCursor: encodeCursor(page.next) });
});
