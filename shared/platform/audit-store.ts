import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { decodeCursor, encodeCursor } from '#shared/platform/cursor';
import { defineEntity } from '#shared/platform/entity';
import { db, tableName } from '#shared/platform/table';

/** The same items as the outbox's events, read as an organization's history (their gsi1, kept 366 days). */
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
 * its changes; kept 366 days), optionally of one event type and within a period.
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
      payload: withoutSecrets(item.payload ?? {}) as Record<string, unknown>,
    })),
    nextCursor: encodeCursor(result.LastEvaluatedKey),
  };
}
