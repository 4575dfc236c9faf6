import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { type Actor, currentActor } from '#shared/platform/actor';
import { clock } from '#shared/platform/clock';
import { readConfig } from '#shared/platform/config';
import { newId } from '#shared/platform/crypto';
import { effectIndex } from '#shared/platform/effects';
import { type TransactItem, tableName } from '#shared/platform/table';
import { eventEntity } from '#shared/platform/table-definition';
import * as z from '#shared/platform/zod';

/**
 * The outbox. A state change and its event are written in one transaction; the stream consumer turns
 * events into their reactions (emails, workflow signals, identity changes). Events are the organization's
 * audit history: kept for good by default (Partner Center keeps 90 days), or `EVENT_RETENTION_DAYS` (TTL).
 *
 * Events are typed: each feature declares its event types with one payload schema each (`defineEvents`),
 * shared by the writer (`events.put`, which fails to compile with a wrong payload) and its reactions
 * (`events.on`, whose handler receives the typed payload). A search for an event's name finds its writer.
 */
const { EVENT_RETENTION_DAYS } = readConfig(
  z.object({ EVENT_RETENTION_DAYS: z.coerce.number().int().min(1).max(36500).optional() }),
);

export interface DomainEvent<T extends string = string, P = Record<string, unknown>> {
  eventId: string;
  type: T;
  occurredAt: string;
  organizationId?: string;
  correlationId?: string;
  /** Who caused it (absent on events written before actors were recorded). */
  actor?: Actor;
  payload: P;
}

export interface EventMeta {
  organizationId?: string;
  correlationId?: string;
}

/** One side effect of an event. Its name records it done on the event, so names must stay stable. */
export interface Reaction<E extends DomainEvent = DomainEvent> {
  name: string;
  run(event: E): Promise<void>;
  /** What a failure makes the breaker skip for a while: the reaction's name by default (one kind of effect). */
  breakerKey?(event: E): string;
}

export type EventCatalog = Record<string, z.ZodType>;
export type EventOf<C extends EventCatalog, T extends keyof C & string> = DomainEvent<
  T,
  z.output<C[T]> & Record<string, unknown>
>;
/** One event of a catalog, as `{ type, payload }` (stores that write the event a caller names take this). */
export type EventInput<C extends EventCatalog> = {
  [T in keyof C & string]: { type: T; payload: z.input<C[T]> };
}[keyof C & string];
/** Reactions by event type (`*`: every type), as every feature exports them and `shared/app/reactions.ts` merges them. */
export type ReactionTable = Record<string, Reaction[]>;

/** A Put of one event, to add to the transaction that makes the change. */
function eventPut(type: string, payload: unknown, meta: EventMeta): TransactItem {
  const event: DomainEvent<string, unknown> = {
    eventId: newId(),
    type,
    occurredAt: clock.nowIso(),
    ...meta,
    actor: currentActor(),
    payload,
  };
  return {
    Put: {
      TableName: tableName,
      Item: {
        ...eventEntity.key({ eventId: event.eventId }),
        entity: 'Event',
        ...event,
        // the organization's history, in order (the audit access pattern)
        ...(meta.organizationId
          ? eventEntity.index('gsi1', {
              organizationId: meta.organizationId,
              occurredAt: event.occurredAt,
              eventId: event.eventId,
            })
          : {}),
        // every effect of the event is pending until delivered (shared/platform/effects.ts)
        ...effectIndex('Pending', event.occurredAt, event.eventId),
        ...(EVENT_RETENTION_DAYS ? { ttl: clock.nowEpochSeconds() + EVENT_RETENTION_DAYS * 24 * 3600 } : {}),
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  };
}

/**
 * Declares the event types of a feature, each with its payload schema.
 *
 * @example
 * export const userEvents = defineEvents({ PartnerUserRemoved: z.object({ userId: z.string() }) });
 * userEvents.put('PartnerUserRemoved', { userId }, { organizationId, correlationId }); // in the transaction
 * userEvents.on('PartnerUserRemoved', { name: 'delete-identity', run: (event) => deleteIdentity(event.payload.userId) });
 */
export function defineEvents<const C extends EventCatalog>(catalog: C) {
  return {
    catalog,
    types: Object.keys(catalog) as (keyof C & string)[],
    /** The event's Put, for the transaction of the change. */
    put<T extends keyof C & string>(type: T, payload: z.input<C[T]>, meta: EventMeta = {}): TransactItem {
      return eventPut(type, payload, meta);
    },
    /** The Put of an event given as `{ type, payload }`. */
    putInput(input: EventInput<C>, meta: EventMeta = {}): TransactItem {
      return eventPut(input.type, input.payload, meta);
    },
    /** A reaction to one event type, typed by its payload. */
    on<T extends keyof C & string>(type: T, ...reactions: NoInfer<Reaction<EventOf<C, T>>>[]): ReactionTable {
      return { [type]: reactions as unknown as Reaction[] };
    },
  };
}

/** Merges reaction tables (several features may react to one event type). */
export function mergeReactions(...tables: ReactionTable[]): ReactionTable {
  const merged: ReactionTable = {};
  for (const table of tables) for (const [type, list] of Object.entries(table)) (merged[type] ??= []).push(...list);
  return merged;
}

export function isEventItem(item: { pk?: unknown }): boolean {
  return typeof item.pk === 'string' && item.pk.startsWith(eventEntity.partitionPrefix());
}

/** The event in a stream record's new image, or undefined when the record is not an outbox event. */
export function eventOfStreamImage(image: Record<string, unknown> | undefined): DomainEvent | undefined {
  if (!image) return undefined;
  const item = unmarshall(image as Record<string, AttributeValue>);
  return isEventItem(item) ? (item as unknown as DomainEvent) : undefined;
}
