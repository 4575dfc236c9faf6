import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { relationshipEntity } from '#shared/customers/relationships-store';
import { clock } from '#shared/platform/clock';
import { decodeCursor, encodeCursor } from '#shared/platform/cursor';
import { defineEntity } from '#shared/platform/entity';
import { ConflictError, NotFoundError } from '#shared/platform/errors';
import { db, tableName, transact, withoutStorage } from '#shared/platform/table';
import { userEvents } from '#shared/users/events';
import {
  type ServiceRequestMove,
  type ServiceRequestStatus,
  serviceRequestLifecycle,
} from '#shared/users/service-request-states';

export const serviceRequestEntity = defineEntity({
  name: 'ServiceRequest',
  key: { pk: 'ORG#{organizationId}', sk: 'SR#{createdAt}#{serviceRequestId}' },
  indexes: { gsi1: { pk: 'ORG#{customerId}#CUSTOMER_SR', sk: '{createdAt}#{serviceRequestId}' } },
  patterns: [
    "an organization's service requests, newest first: Query begins_with SR#",
    'the requests opened on behalf of a customer, newest first (its own view): Query gsi1',
  ],
});

/** Finds a service request by id with one consistent read (then the request). */
export const serviceRequestPointerEntity = defineEntity({
  name: 'ServiceRequestPointer',
  key: { pk: 'SR#{serviceRequestId}', sk: 'POINTER' },
  patterns: ['a service request by id: GetItem, then the request'],
});

/** The conversation of a service request, oldest first. */
export const serviceRequestCommentEntity = defineEntity({
  name: 'ServiceRequestComment',
  key: { pk: 'SR#{serviceRequestId}', sk: 'COMMENT#{createdAt}#{commentId}' },
  patterns: ["a service request's comments, oldest first: Query begins_with COMMENT#"],
});

export interface ServiceRequestRecord {
  serviceRequestId: string;
  organizationId: string;
  category: 'Platform' | 'Customer';
  customerId?: string;
  title: string;
  description: string;
  severity: string;
  status: ServiceRequestStatus;
  createdBy: string;
  createdAt: string;
  updatedAt?: string;
  comments?: number;
  version?: number;
}

export interface ServiceRequestComment {
  commentId: string;
  serviceRequestId: string;
  /** Which side wrote it: the partner that opened it, the customer it is for, or a program operator. */
  side: 'Partner' | 'Customer' | 'Operator';
  authorId: string;
  authorName: string;
  text: string;
  createdAt: string;
}

const requestKey = (record: Pick<ServiceRequestRecord, 'organizationId' | 'createdAt' | 'serviceRequestId'>) =>
  serviceRequestEntity.key({
    organizationId: record.organizationId,
    createdAt: record.createdAt,
    serviceRequestId: record.serviceRequestId,
  });

export async function insertServiceRequest(record: ServiceRequestRecord, correlationId: string): Promise<void> {
  await transact(
    [
      {
        Put: {
          TableName: tableName,
          Item: {
            ...requestKey(record),
            entity: 'ServiceRequest',
            ...record,
            version: 1,
            comments: 0,
            ...(record.customerId
              ? serviceRequestEntity.index('gsi1', {
                  customerId: record.customerId,
                  createdAt: record.createdAt,
                  serviceRequestId: record.serviceRequestId,
                })
              : {}),
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      {
        Put: {
          TableName: tableName,
          Item: {
            ...serviceRequestPointerEntity.key({ serviceRequestId: record.serviceRequestId }),
            entity: 'ServiceRequestPointer',
            organizationId: record.organizationId,
            createdAt: record.createdAt,
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

/** Access pattern: a service request by id (pointer, then the request; both consistent reads). */
export async function getServiceRequestRecord(serviceRequestId: string): Promise<ServiceRequestRecord | undefined> {
  const { Item: pointer } = await db.send(
    new GetCommand({
      TableName: tableName,
      Key: serviceRequestPointerEntity.key({ serviceRequestId }),
      ConsistentRead: true,
    }),
  );
  if (!pointer) return undefined;
  const { Item } = await db.send(
    new GetCommand({
      TableName: tableName,
      Key: requestKey({
        organizationId: String(pointer.organizationId),
        createdAt: String(pointer.createdAt),
        serviceRequestId,
      }),
      ConsistentRead: true,
    }),
  );
  return Item ? toRecord(Item) : undefined;
}

function toRecord(item: Record<string, unknown>): ServiceRequestRecord {
  return withoutStorage(item) as unknown as ServiceRequestRecord;
}

/**
 * Adds a comment and, when given, moves the request (a requester's answer takes a waiting request back in
 * progress), with the event that tells the other side: one transaction, conditional on the status read.
 */
export async function addComment(
  record: ServiceRequestRecord,
  comment: Omit<ServiceRequestComment, 'commentId' | 'serviceRequestId' | 'createdAt'> & { commentId: string },
  move: ServiceRequestMove | undefined,
  correlationId: string,
): Promise<ServiceRequestComment> {
  const createdAt = clock.nowIso();
  const stored: ServiceRequestComment = { ...comment, serviceRequestId: record.serviceRequestId, createdAt };
  const to = move ? serviceRequestLifecycle.move(move).to : undefined;
  await transact(
    [
      {
        Update: {
          TableName: tableName,
          Key: requestKey(record),
          UpdateExpression: `SET comments = if_not_exists(comments, :zero) + :one, updatedAt = :now, version = if_not_exists(version, :zero) + :one${to ? ', #status = :to' : ''}`,
          ConditionExpression: '#status = :seen',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':zero': 0,
            ':one': 1,
            ':now': createdAt,
            ':seen': record.status,
            ...(to ? { ':to': to } : {}),
          },
        },
      },
      {
        Put: {
          TableName: tableName,
          Item: {
            ...serviceRequestCommentEntity.key({
              serviceRequestId: record.serviceRequestId,
              createdAt,
              commentId: comment.commentId,
            }),
            entity: 'ServiceRequestComment',
            ...stored,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      userEvents.put(
        'ServiceRequestUpdated',
        {
          serviceRequestId: record.serviceRequestId,
          side: comment.side,
          commentId: comment.commentId,
          excerpt: comment.text.length > 500 ? `${comment.text.slice(0, 500)}…` : comment.text,
          from: record.status,
          to: to ?? record.status,
        },
        { organizationId: record.organizationId, correlationId },
      ),
    ],
    () => new ConflictError('The service request changed at the same moment: read it again.'),
  );
  return stored;
}

/** Moves a service request (a status change without a comment), with the event that tells the other side. */
export async function moveServiceRequest(
  record: ServiceRequestRecord,
  move: ServiceRequestMove,
  side: ServiceRequestComment['side'],
  correlationId: string,
): Promise<ServiceRequestRecord> {
  const { from, to } = serviceRequestLifecycle.move(move);
  if (!from.includes(record.status)) {
    throw new ConflictError(`The service request is ${record.status}: it cannot be moved that way now.`, {
      status: record.status,
    });
  }
  const now = clock.nowIso();
  await transact(
    [
      {
        Update: {
          TableName: tableName,
          Key: requestKey(record),
          UpdateExpression: 'SET #status = :to, updatedAt = :now, version = if_not_exists(version, :zero) + :one',
          ConditionExpression: '#status = :seen',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':to': to, ':now': now, ':seen': record.status, ':zero': 0, ':one': 1 },
        },
      },
      userEvents.put(
        'ServiceRequestUpdated',
        { serviceRequestId: record.serviceRequestId, side, from: record.status, to: to! },
        { organizationId: record.organizationId, correlationId },
      ),
    ],
    () => new ConflictError('The service request changed at the same moment: read it again.'),
  );
  return { ...record, status: to!, updatedAt: now, version: (record.version ?? 1) + 1 };
}

/** Access pattern: a service request's comments, oldest first, a page at a time. */
export async function listComments(serviceRequestId: string, options: { limit: number; cursor?: string }) {
  const result = await db.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: {
        ':pk': serviceRequestCommentEntity.partition({ serviceRequestId }),
        ':prefix': serviceRequestCommentEntity.sortPrefix(),
      },
      Limit: options.limit,
      ExclusiveStartKey: decodeCursor(options.cursor),
    }),
  );
  return {
    items: (result.Items ?? []).map(withoutStorage) as unknown as ServiceRequestComment[],
    nextCursor: encodeCursor(result.LastEvaluatedKey),
  };
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
  return { items: (result.Items ?? []).map(toRecord), nextCursor: encodeCursor(result.LastEvaluatedKey) };
}

/** Access pattern: the requests partners opened on behalf of a customer, newest first (its own view). */
export async function listCustomerServiceRequests(customerId: string, options: { limit: number; cursor?: string }) {
  const result = await db.send(
    new QueryCommand({
      TableName: tableName,
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :pk',
      ExpressionAttributeValues: { ':pk': serviceRequestEntity.indexPartition('gsi1', { customerId }) },
      ScanIndexForward: false,
      Limit: options.limit,
      ExclusiveStartKey: decodeCursor(options.cursor),
    }),
  );
  return { items: (result.Items ?? []).map(toRecord), nextCursor: encodeCursor(result.LastEvaluatedKey) };
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

/** A request the caller may not see is simply not found. */
export const noSuchServiceRequest = () => new NotFoundError('No such service request.');
