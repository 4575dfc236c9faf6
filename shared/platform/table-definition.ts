import { defineEntity } from '#shared/platform/entity';

/**
 * The table's shape, declared once: the CDK app and the local stack (DynamoDB Local) both create the table
 * from this. Indexes are generic (gsiNpk/gsiNsk); docs/data-model.md lists the access patterns each serves.
 */
export const tableDefinition = {
  partitionKey: 'pk',
  sortKey: 'sk',
  ttlAttribute: 'ttl',
  indexes: [
    { name: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
    { name: 'gsi2', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
    { name: 'gsi3', partitionKey: 'gsi3pk', sortKey: 'gsi3sk' },
  ],
} as const;

/**
 * The outbox's events: one item per event, and an organization's history on gsi1. Declared here, with the
 * table, because the stream filter of the CDK app and the local poller is made from its key.
 */
export const eventEntity = defineEntity({
  name: 'Event',
  key: { pk: 'EVENT#{eventId}', sk: 'EVENT' },
  indexes: { gsi1: { pk: 'ORG#{organizationId}#EVENTS', sk: '{occurredAt}#{eventId}' } },
  patterns: [
    'the outbox: Put in the transaction of each change; read from the stream',
    "an organization's history, in order: Query gsi1",
  ],
});

/** The stream records the outbox consumer receives (the Lambda filter and the local poller share it). */
export const eventStreamFilter = { eventName: 'INSERT', pkPrefix: eventEntity.partitionPrefix() } as const;
