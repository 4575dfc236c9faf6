import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { relationshipEntity } from '#shared/customers/relationships-store';
import { decodeCursor, encodeCursor } from '#shared/platform/cursor';
import { defineEntity } from '#shared/platform/entity';
import { db, tableName, transact, withoutStorage } from '#shared/platform/table';
import { userEvents } from '#shared/users/events';

export const serviceRequestEntity = defineEntity({
  name: 'ServiceRequest',
  key: { pk: 'ORG#{organizationId}', sk: 'SR#{createdAt}#{serviceRequestId}' },
  patterns: ["an organization's service requests, newest first: Query begins_with SR#"],
});

export interface ServiceRequestRecord {
  serviceRequestId: string;
  organizationId: string;
  category: 'Platform' | 'Customer';
  customerId?: string;
  title: string;
  description: string;
  severity: string;
  status: 'Open' | 'InProgress' | 'Closed';
  createdBy: string;
  createdAt: string;
}

export async function insertServiceRequest(record: ServiceRequestRecord, correlationId: string): Promise<void> {
  await transact(
    [
      {
        Put: {
          TableName: tableName,
          Item: {
            ...serviceRequestEntity.key({
              organizationId: record.organizationId,
              createdAt: record.createdAt,
              serviceRequestId: record.serviceRequestId,
            }),
            entity: 'ServiceRequest',
            ...record,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      userEvents.put(
        'ServiceRequestOpened',
        { serviceRequestId: record.serviceRequestId, category: record.category, customerId: record.customerId },
        { organizationId: record.organizationId, correlationId },
      ),
    ],
    () => new Error('duplicate service request id'),
  );
}

/** Access pattern: an organization's service requests, newest first (one Query on its partition). */
export async function listServiceRequestRecords(
  organizationId: string,
  options: { limit: number; cursor?: string; categories: ServiceRequestRecord['category'][] },
) {
  const result = await db.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      FilterExpression: 'category IN (:c0, :c1)',
      ExpressionAttributeValues: {
        ':pk': serviceRequestEntity.partition({ organizationId }),
        ':prefix': serviceRequestEntity.sortPrefix(),
        ':c0': options.categories[0] ?? '-',
        ':c1': options.categories[1] ?? '-',
      },
      ScanIndexForward: false,
      Limit: options.limit,
      ExclusiveStartKey: decodeCursor(options.cursor),
    }),
  );
  return {
    items: (result.Items ?? []).map(withoutStorage) as ServiceRequestRecord[],
    nextCursor: encodeCursor(result.LastEvaluatedKey),
  };
}

/** Access pattern: does this partner hold a reseller relationship with this customer? */
export async function hasCustomerRelationship(
  partnerOrganizationId: string,
  customerOrganizationId: string,
): Promise<boolean> {
  const { Item } = await db.send(
    new GetCommand({
      TableName: tableName,
      Key: relationshipEntity.key({ partnerId: partnerOrganizationId, customerId: customerOrganizationId }),
      ProjectionExpression: 'pk, #state',
      ExpressionAttributeNames: { '#state': 'state' },
    }),
  );
  return Item !== undefined && Item.state !== 'Ended';
}
