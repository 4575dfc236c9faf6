import { httpHandler, reply } from '#shared/http/handler';
import { redriveEvent } from '#shared/platform/effects';
import { NotFoundError } from '#shared/platform/errors';
import { redriveEffect } from '#shared/platform/routes';

/** An operator sends a dead event's effects round again (after fixing what made them fail). */
export const handler = httpHandler(redriveEffect, async ({ params }) => {
  const item = await redriveEvent(params.eventId);
  if (!item) throw new NotFoundError('No dead event with this id.');
  return reply.ok({ eventId: params.eventId, state: 'Pending' as const, dueAt: String(item.gsi2sk).split('#')[0]! });
});
