import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { defineEntity } from '#shared/platform/entity';
import { ConflictError } from '#shared/platform/errors';
import { pick } from '#shared/platform/pick';
import { db, tableName, transact } from '#shared/platform/table';
import type * as z from '#shared/platform/zod';
import type { Incident, serviceProducts } from '#shared/service-health/schemas';

/** The platform's service incidents, newest first, in one small partition (operators keep it). */
export const incidentEntity = defineEntity({
  name: 'ServiceIncident',
  key: { pk: 'SERVICE_HEALTH', sk: 'INCIDENT#{incidentId}' },
  indexes: { gsi1: { pk: 'SERVICE_HEALTH#BY_TIME', sk: '{startedAt}#{incidentId}' } },
  patterns: ['an incident: GetItem', 'the latest incidents, newest first: Query gsi1 (a bounded page)'],
});

export type IncidentRecord = z.infer<typeof Incident> & { version: number };
export type Product = (typeof serviceProducts)[number];

const fields = [
  'incidentId',
  'product',
  'regions',
  'title',
  'status',
  'startedAt',
  'updatedAt',
  'resolvedAt',
  'version',
] as const satisfies readonly (keyof IncidentRecord)[];

/** How many of the latest incidents the health view reads: a bounded page, however long the history grows. */
export const latestIncidents = 50;

/** Access pattern: the latest incidents, newest first (one bounded Query). */
export async function listLatestIncidents(): Promise<IncidentRecord[]> {
  const result = await db.send(
    new QueryCommand({
      TableName: tableName,
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :pk',
      ExpressionAttributeValues: { ':pk': incidentEntity.indexPartition('gsi1', {}) },
      ScanIndexForward: false,
      Limit: latestIncidents,
    }),
  );
  return (result.Items ?? []).map((item) => pick(item as IncidentRecord, fields));
}

export async function getIncident(incidentId: string): Promise<IncidentRecord | undefined> {
  const { Item } = await db.send(
    new GetCommand({ TableName: tableName, Key: incidentEntity.key({ incidentId }), ConsistentRead: true }),
  );
  return Item ? pick(Item as IncidentRecord, fields) : undefined;
}

/** Opens or updates an incident, conditional on the version read (a new one on its id being free). */
export async function saveIncident(incident: IncidentRecord, seenVersion?: number): Promise<void> {
  await transact(
    [
      {
        Put: {
          TableName: tableName,
          Item: {
            ...incidentEntity.key({ incidentId: incident.incidentId }),
            entity: 'ServiceIncident',
            ...incident,
            ...incidentEntity.index('gsi1', { startedAt: incident.startedAt, incidentId: incident.incidentId }),
          },
          ConditionExpression: seenVersion === undefined ? 'attribute_not_exists(pk)' : 'version = :seen',
          ...(seenVersion === undefined ? {} : { ExpressionAttributeValues: { ':seen': seenVersion } }),
        },
      },
    ],
    () => new ConflictError('The incident changed at the same moment: read it again.'),
  );
}
