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

/** The stream records the outbox consumer receives (the Lambda filter and the local poller share it). */
export const eventStreamFilter = { eventName: 'INSERT', pkPrefix: 'EVENT#' } as const;
