import { GetCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { clock } from '#shared/platform/clock';
import { defineEntity } from '#shared/platform/entity';
import { businessMetrics, count } from '#shared/platform/observability';
import type { DomainEvent, ReactionTable } from '#shared/platform/outbox';
import { db, isConditionFailed, tableName } from '#shared/platform/table';

/**
 * Durable effects. Every event is written pending (on gsi2, `EFFECTS#Pending`, due at once) in the transaction
 * of its change, and stays pending until each of its reactions has run. The stream consumer is the fast path;
 * the sweeper (every minute) delivers whatever is still pending and due: effects that failed, and effects a
 * consumer claimed and then died with. An effect is retried with exponential backoff (10 s doubling, at most
 * a minute apart for the first hour, then 15 minutes) for 24 hours, then parked as dead (`EFFECTS#Dead`) for an
 * operator to read and redrive.
 *
 * Nothing here blocks the stream: a failed delivery is recorded on the event and the consumer moves on, so one
 * organization's failing effect delays another's by at most one failed attempt per kind of effect and batch
 * (the breaker below skips further attempts of a kind that just failed).
 */
export type EffectState = 'Pending' | 'Dead';

/**
 * The effect state of an event: attributes of the event item itself (the same key as `Event`), written
 * pending with the event and cleared when its effects are delivered.
 */
export const eventEffects = defineEntity({
  name: 'EventEffects',
  key: { pk: 'EVENT#{eventId}', sk: 'EVENT' },
  indexes: { gsi2: { pk: 'EFFECTS#{effectState}', sk: '{dueAt}#{eventId}' } },
  patterns: [
    'the effect state of an event (the same item as Event): claimed and cleared by conditional Update',
    'effects still to deliver, by when they are due (Pending), and dead ones (Dead): Query gsi2',
  ],
});

/** How long a claim holds: longer than the consumer's and the sweeper's timeouts (60 s). */
export const leaseSeconds = 120;
const retryForMs = 24 * 3600_000;

/** When the next attempt is due after `attempts` failures of an event first due at `since`. */
export function nextAttemptAt(attempts: number, since: string, now: Date): Date {
  const cap = now.getTime() - Date.parse(since) < 3600_000 ? 60_000 : 15 * 60_000;
  return new Date(now.getTime() + Math.min(cap, 10_000 * 2 ** Math.max(0, attempts - 1)));
}

/** The gsi2 attributes of an event in `state`, due at `due`. */
export function effectIndex(state: EffectState, due: string, eventId: string) {
  return eventEffects.index('gsi2', { effectState: state, dueAt: due, eventId });
}

/**
 * A kind of effect (a reaction name) that just failed is not tried again for other events for `coolMs` (real
 * time): they are deferred as if they had failed. One consumer or sweeper keeps one breaker across its
 * batches, so an outage costs one failed attempt per kind every `coolMs`, however many events wait, and
 * another organization's effect of another kind waits at most one such attempt.
 */
export class Breaker {
  private readonly openUntil = new Map<string, number>();
  constructor(private readonly coolMs = 10_000) {}
  isOpen(reaction: string): boolean {
    return (this.openUntil.get(reaction) ?? 0) > Date.now();
  }
  trip(reaction: string): void {
    this.openUntil.set(reaction, Date.now() + this.coolMs);
  }
}

export type Delivery = 'delivered' | 'deferred' | 'dead' | 'skipped';

interface EventState {
  done?: Set<string>;
  attempts?: number;
  retrySince?: string;
  occurredAt: string;
}

/**
 * Delivers the pending reactions of one event: claims it (a conditional update; a live claim of another
 * consumer means `skipped`), runs each reaction not yet done and records it done, then clears the event from
 * the pending index. A failure records the attempt and when the next is due, or parks the event as dead.
 */
export async function deliverEvent(
  event: DomainEvent,
  reactions: ReactionTable,
  breaker: Breaker,
  log: { warn(message: string, fields?: Record<string, unknown>): void },
): Promise<Delivery> {
  const key = eventEffects.key({ eventId: event.eventId });
  const list = [...(reactions[event.type] ?? []), ...(reactions['*'] ?? [])];
  const now = clock.now();
  if (list.length === 0) return clearPending(key, 'delivered');
  let state: EventState;
  try {
    const { Attributes } = await db.send(
      new UpdateCommand({
        TableName: tableName,
        Key: key,
        UpdateExpression: 'SET leaseUntil = :lease',
        ConditionExpression: 'gsi2pk = :pending AND (attribute_not_exists(leaseUntil) OR leaseUntil < :now)',
        ExpressionAttributeValues: {
          ':lease': Math.floor(now.getTime() / 1000) + leaseSeconds,
          ':now': Math.floor(now.getTime() / 1000),
          ':pending': 'EFFECTS#Pending',
        },
        ReturnValues: 'ALL_NEW',
      }),
    );
    state = Attributes as EventState;
  } catch (error) {
    if (isConditionFailed(error)) return 'skipped';
    throw error;
  }
  for (const reaction of list) {
    if (state.done?.has(reaction.name)) continue;
    const kind = reaction.breakerKey?.(event) ?? reaction.name;
    try {
      if (breaker.isOpen(kind)) throw new Error('not tried: the same effect failed earlier in this pass');
      await reaction.run(event);
    } catch (error) {
      if (!breaker.isOpen(kind)) breaker.trip(kind);
      log.warn('effect failed; it stays pending', { reaction: reaction.name, error });
      const outcome = await recordFailure(event, state, reaction.name, error as Error);
      count(outcome === 'dead' ? businessMetrics.effectsDead : businessMetrics.effectsDeferred);
      return outcome;
    }
    await db.send(
      new UpdateCommand({
        TableName: tableName,
        Key: key,
        UpdateExpression: 'ADD #done :name',
        ExpressionAttributeNames: { '#done': 'done' },
        ExpressionAttributeValues: { ':name': new Set([reaction.name]) },
      }),
    );
  }
  count(businessMetrics.effectsDelivered);
  return clearPending(key, 'delivered');
}

/** Takes a delivered event off the pending index (an event no reaction listens to needs only this). */
async function clearPending(key: Record<string, string>, outcome: Delivery): Promise<Delivery> {
  await db.send(
    new UpdateCommand({
      TableName: tableName,
      Key: key,
      UpdateExpression: 'SET deliveredAt = :now REMOVE gsi2pk, gsi2sk, leaseUntil',
      ExpressionAttributeValues: { ':now': clock.nowIso() },
    }),
  );
  return outcome;
}

async function recordFailure(event: DomainEvent, state: EventState, reaction: string, error: Error) {
  const now = clock.now();
  const attempts = (state.attempts ?? 0) + 1;
  const since = state.retrySince ?? state.occurredAt;
  const dead = now.getTime() - Date.parse(since) >= retryForMs;
  const due = dead ? now : nextAttemptAt(attempts, since, now);
  const index = effectIndex(dead ? 'Dead' : 'Pending', due.toISOString(), event.eventId);
  await db.send(
    new UpdateCommand({
      TableName: tableName,
      Key: eventEffects.key({ eventId: event.eventId }),
      UpdateExpression:
        'SET attempts = :attempts, gsi2pk = :pk, gsi2sk = :sk, failedEffect = :reaction, lastError = :error REMOVE leaseUntil',
      ExpressionAttributeValues: {
        ':attempts': attempts,
        ':pk': index.gsi2pk,
        ':sk': index.gsi2sk,
        ':reaction': reaction,
        ':error': `${error.name}: ${error.message}`.slice(0, 500),
      },
    }),
  );
  return dead ? 'dead' : 'deferred';
}

/** Events in `state` whose next attempt is due by `before`, oldest first (gsi2). */
export async function eventsInEffectState(
  state: EffectState,
  options: { before?: string; limit?: number; startKey?: Record<string, unknown> } = {},
) {
  const { Items = [], LastEvaluatedKey } = await db.send(
    new QueryCommand({
      TableName: tableName,
      IndexName: 'gsi2',
      KeyConditionExpression: options.before ? 'gsi2pk = :pk AND gsi2sk <= :before' : 'gsi2pk = :pk',
      ExpressionAttributeValues: {
        ':pk': eventEffects.indexPartition('gsi2', { effectState: state }),
        ...(options.before ? { ':before': `${options.before}~` } : {}),
      },
      Limit: options.limit ?? 100,
      ExclusiveStartKey: options.startKey,
    }),
  );
  return { items: Items as (DomainEvent & Record<string, unknown>)[], next: LastEvaluatedKey };
}

/** Puts a dead event back to pending, due now, with a fresh 24 hours of retries. Undefined when it is not dead. */
export async function redriveEvent(eventId: string): Promise<Record<string, unknown> | undefined> {
  const now = clock.nowIso();
  const index = effectIndex('Pending', now, eventId);
  try {
    const { Attributes } = await db.send(
      new UpdateCommand({
        TableName: tableName,
        Key: eventEffects.key({ eventId }),
        UpdateExpression: 'SET gsi2pk = :pk, gsi2sk = :sk, retrySince = :now, attempts = :zero REMOVE leaseUntil',
        ConditionExpression: 'gsi2pk = :dead',
        ExpressionAttributeValues: {
          ':pk': index.gsi2pk,
          ':sk': index.gsi2sk,
          ':now': now,
          ':zero': 0,
          ':dead': 'EFFECTS#Dead',
        },
        ReturnValues: 'ALL_NEW',
      }),
    );
    return Attributes;
  } catch (error) {
    if (isConditionFailed(error)) return undefined;
    throw error;
  }
}

/** One event, read whole (the sweeper reads the index, which projects all attributes; this is for redrives). */
export async function getEvent(eventId: string): Promise<Record<string, unknown> | undefined> {
  const { Item } = await db.send(
    new GetCommand({ TableName: tableName, Key: eventEffects.key({ eventId }), ConsistentRead: true }),
  );
  return Item;
}
