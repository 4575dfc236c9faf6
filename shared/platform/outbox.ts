import { clock } from '#shared/platform/clock';
import { newId } from '#shared/platform/crypto';
import { type TransactItem, tableName } from '#shared/platform/table';

/**
 * The outbox. A state change and its event are written in one transaction; the stream consumer turns
 * events into emails and workflow signals. Events are kept a year (TTL), longer than Partner Center's 90-day
 * audit log.
 */
export const eventKeyPrefix = 'EVENT#';
const retentionSeconds = 366 * 24 * 3600;

export interface DomainEvent<T extends string = string, P = Record<string, unknown>> {
  eventId: string;
  type: T;
  occurredAt: string;
  organizationId?: string;
  correlationId?: string;
  payload: P;
}

/** A Put of one event, to add to the transaction that makes the change. */
export function putEvent(
  type: string,
  payload: Record<string, unknown>,
  meta: { organizationId?: string; correlationId?: string } = {},
): TransactItem {
  const event: DomainEvent = { eventId: newId(), type, occurredAt: clock.nowIso(), ...meta, payload };
  return {
    Put: {
      TableName: tableName,
      Item: {
        pk: `${eventKeyPrefix}${event.eventId}`,
        sk: 'EVENT',
        entity: 'Event',
        ...event,
        // organization history, newest last (audit access pattern)
        gsi1pk: meta.organizationId ? `ORG#${meta.organizationId}#EVENTS` : undefined,
        gsi1sk: meta.organizationId ? `${event.occurredAt}#${event.eventId}` : undefined,
        ttl: clock.nowEpochSeconds() + retentionSeconds,
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  };
}

export function isEventItem(item: { pk?: unknown }): boolean {
  return typeof item.pk === 'string' && item.pk.startsWith(eventKeyPrefix);
}
