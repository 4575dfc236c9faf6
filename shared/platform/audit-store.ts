import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Actor } from '#shared/platform/actor';
import { decodeCursor, encodeCursor } from '#shared/platform/cursor';
import { defineEntity } from '#shared/platform/entity';
import { ValidationError } from '#shared/platform/errors';
import { db, tableName } from '#shared/platform/table';

/** The same items as the outbox's events, read as an organization's history (their gsi1). */
export const historyEntity = defineEntity({
  name: 'OrganizationHistory',
  key: { pk: 'EVENT#{eventId}', sk: 'EVENT' },
  indexes: { gsi1: { pk: 'ORG#{organizationId}#EVENTS', sk: '{occurredAt}#{eventId}' } },
  patterns: ["an organization's audit log, newest first, by type and period: Query gsi1 (the Event items)"],
});

export interface AuditEntry {
  eventId: string;
  type: string;
  occurredAt: string;
  correlationId?: string;
  actor?: Actor;
  payload: Record<string, unknown>;
}

/** Keys that carry a secret or a server-side handle (a workflow's task token): never shown in the history. */
const hidden = /token|secret|password|hash/i;

function withoutSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSecrets);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .filter(([key]) => !hidden.test(key))
      .map(([key, inner]) => [key, withoutSecrets(inner)]),
  );
}

/**
 * Access pattern: an organization's history, newest first, a page at a time (one Query of gsi1, the events of
 * its changes), optionally of one event type and within a period.
 */
export async function listOrganizationHistory(
  organizationId: string,
  options: { limit: number; cursor?: string; type?: string; from?: string; to?: string },
): Promise<{ items: AuditEntry[]; nextCursor?: string }> {
  // keys begin with the ISO moment: normalized, so "10:00:00Z" and "10:00:00.000Z" compare alike
  const iso = (moment: string) => new Date(moment).toISOString();
  const from = options.from ? iso(options.from) : '0000';
  const to = `${options.to ? iso(options.to) : '9999'}~`;
  const result = await db.send(
    new QueryCommand({
      TableName: tableName,
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk BETWEEN :from AND :to',
      ...(options.type ? { FilterExpression: '#type = :type', ExpressionAttributeNames: { '#type': 'type' } } : {}),
      ExpressionAttributeValues: {
        ':pk': historyEntity.indexPartition('gsi1', { organizationId }),
        ':from': from,
        ':to': to,
        ...(options.type ? { ':type': options.type } : {}),
      },
      ScanIndexForward: false,
      Limit: options.limit,
      ExclusiveStartKey: decodeCursor(options.cursor),
    }),
  );
  return {
    items: (result.Items ?? []).map((item) => ({
      eventId: String(item.eventId),
      type: String(item.type),
      occurredAt: String(item.occurredAt),
      ...(item.correlationId ? { correlationId: String(item.correlationId) } : {}),
      ...(item.actor ? { actor: item.actor as Actor } : {}),
      payload: withoutSecrets(item.payload ?? {}) as Record<string, unknown>,
    })),
    nextCursor: encodeCursor(result.LastEvaluatedKey),
  };
}

/** One event as the feed reads it: the history entry and the organization it concerns. */
export interface FeedEntry extends AuditEntry {
  organizationId: string;
}

/**
 * Access pattern: an organization's events oldest first, after a position (one Query of gsi1). Only events
 * at least `settleMs` old are read, so an event committed late with an earlier timestamp is not skipped by a
 * reader that already passed its moment. The position after the last event read is always returned: a feed
 * reader keeps it and asks again later.
 */
export async function readOrganizationEvents(
  organizationId: string,
  options: { limit: number; cursor?: string; until: string; skipTypes: readonly string[] },
): Promise<{ items: FeedEntry[]; nextCursor?: string }> {
  const partition = historyEntity.indexPartition('gsi1', { organizationId });
  const start = decodeCursor(options.cursor);
  if (start && start.gsi1pk !== partition)
    throw new ValidationError([{ in: 'query', field: 'cursor', message: 'is not a cursor of this feed' }]);
  const result = await db.send(
    new QueryCommand({
      TableName: tableName,
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk <= :until',
      FilterExpression: options.skipTypes.map((_, i) => `#type <> :skip${i}`).join(' AND ') || undefined,
      ExpressionAttributeNames: options.skipTypes.length ? { '#type': 'type' } : undefined,
      ExpressionAttributeValues: {
        ':pk': partition,
        ':until': `${options.until}~`,
        ...Object.fromEntries(options.skipTypes.map((type, i) => [`:skip${i}`, type])),
      },
      ScanIndexForward: true,
      Limit: options.limit,
      ExclusiveStartKey: start,
    }),
  );
  const items = (result.Items ?? []).map((item) => ({
    eventId: String(item.eventId),
    type: String(item.type),
    occurredAt: String(item.occurredAt),
    organizationId,
    ...(item.correlationId ? { correlationId: String(item.correlationId) } : {}),
    ...(item.actor ? { actor: item.actor as Actor } : {}),
    payload: withoutSecrets(item.payload ?? {}) as Record<string, unknown>,
  }));
  // the end of the page: where DynamoDB stopped, else just after the last event read, else where the reader was
  const last = result.Items?.at(-1);
  const position =
    result.LastEvaluatedKey ?? (last ? { pk: last.pk, sk: last.sk, gsi1pk: last.gsi1pk, gsi1sk: last.gsi1sk } : start);
  return { items, nextCursor: encodeCursor(position as Record<string, unknown> | undefined) };
}
