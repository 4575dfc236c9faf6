import { reactions } from '#shared/app/reactions';
import { clock } from '#shared/platform/clock';
import { Breaker, deliverEvent, eventsInEffectState } from '#shared/platform/effects';
import { logger } from '#shared/platform/logger';
import { scheduledJob } from '#shared/platform/scheduled-job';

/** Stops taking new events this long after starting, to finish inside the function's 60 s. */
const budgetMs = 40_000;

/**
 * The sweeper (every minute): delivers every pending effect whose attempt is due, oldest first: effects that
 * failed (retried with backoff for 24 hours, then dead) and effects whose consumer died holding the claim.
 */
export const handler = scheduledJob('sweepEffects', async (): Promise<Record<string, number>> => {
  const started = Date.now();
  const breaker = new Breaker();
  const counts: Record<string, number> = { delivered: 0, deferred: 0, dead: 0, skipped: 0 };
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await eventsInEffectState('Pending', { before: clock.nowIso(), startKey });
    for (const event of page.items) {
      const log = logger.child({ correlationId: event.correlationId, eventId: event.eventId, eventType: event.type });
      const outcome = await deliverEvent(event, reactions, breaker, log);
      counts[outcome] = (counts[outcome] ?? 0) + 1;
      if (Date.now() - started > budgetMs) break;
    }
    startKey = page.next;
  } while (startKey && Date.now() - started <= budgetMs);
  if (counts.deferred || counts.dead) logger.warn('effects still pending after the sweep', counts);
  return counts;
});
