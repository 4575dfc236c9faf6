import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { customerEvents } from '#shared/customers/events';
import { decodeCursor, encodeCursor } from '#shared/platform/cursor';
import { defineEntity } from '#shared/platform/entity';
import { ConflictError, NotFoundError } from '#shared/platform/errors';
import { pick } from '#shared/platform/pick';
import { db, type TransactItem, tableName, transact } from '#shared/platform/table';

export const leadEntity = defineEntity({
  name: 'Lead',
  key: { pk: 'ORG#{partnerId}', sk: 'LEAD#{leadId}' },
  patterns: ["a partner's lead: GetItem", "a partner's leads: Query begins_with LEAD#"],
});

export interface LeadRecord {
  leadId: string;
  partnerId: string;
  companyName: string;
  contactName: string;
  contactEmail: string;
  country: string;
  source: 'Marketing' | 'Referral' | 'Provider';
  status: 'New' | 'Assigned' | 'Invited';
  assignedTo?: string;
  invitationId?: string;
  notes?: string;
  createdAt: string;
  version: number;
}

export const leadItem = (lead: LeadRecord) => ({
  ...leadEntity.key({ partnerId: lead.partnerId, leadId: lead.leadId }),
  entity: 'Lead',
  ...lead,
});

export function toLeadView(lead: LeadRecord) {
  return pick(lead, [
    'leadId',
    'companyName',
    'contactName',
    'contactEmail',
    'country',
    'source',
    'status',
    'assignedTo',
    'invitationId',
    'createdAt',
  ]);
}

export async function getLead(partnerId: string, leadId: string): Promise<LeadRecord> {
  const { Item } = await db.send(
    new GetCommand({ TableName: tableName, Key: leadEntity.key({ partnerId, leadId }), ConsistentRead: true }),
  );
  if (!Item) throw new NotFoundError('No such lead.');
  return Item as LeadRecord;
}

/** Access pattern: a partner's leads (one Query on its partition). */
export async function listLeadRecords(partnerId: string, options: { limit: number; cursor?: string }) {
  const result = await db.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': leadEntity.partition({ partnerId }), ':prefix': leadEntity.sortPrefix() },
      Limit: options.limit,
      ExclusiveStartKey: decodeCursor(options.cursor),
    }),
  );
  return { items: (result.Items ?? []) as LeadRecord[], nextCursor: encodeCursor(result.LastEvaluatedKey) };
}

/** A new lead, with its event, in one transaction. */
export async function insertLead(lead: LeadRecord, correlationId: string): Promise<void> {
  await transact(
    [
      { Put: { TableName: tableName, Item: leadItem(lead), ConditionExpression: 'attribute_not_exists(pk)' } },
      customerEvents.put(
        'LeadCreated',
        { leadId: lead.leadId, source: lead.source },
        { organizationId: lead.partnerId, correlationId },
      ),
    ],
    () => new Error('duplicate lead id'),
  );
}

/** Assigns a lead to a user, conditional on the version read (409 when it changed meanwhile). */
export async function assignLeadRecord(lead: LeadRecord, userId: string): Promise<LeadRecord> {
  const status = lead.status === 'Invited' ? 'Invited' : 'Assigned';
  await transact(
    [
      {
        Update: {
          TableName: tableName,
          Key: leadEntity.key({ partnerId: lead.partnerId, leadId: lead.leadId }),
          UpdateExpression: 'SET assignedTo = :user, #status = :status, version = version + :one',
          ConditionExpression: 'version = :v',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':user': userId, ':status': status, ':one': 1, ':v': lead.version },
        },
      },
    ],
    () => new ConflictError('The lead changed meanwhile; read it again.'),
  );
  return { ...lead, assignedTo: userId, status, version: lead.version + 1 };
}

/** The transaction item that marks a lead invited, once: it goes into the invitation's own transaction. */
export function markLeadInvitedItem(lead: LeadRecord, invitationId: string): TransactItem {
  return {
    Update: {
      TableName: tableName,
      Key: leadEntity.key({ partnerId: lead.partnerId, leadId: lead.leadId }),
      UpdateExpression: 'SET #status = :invited, invitationId = :inv, version = version + :one',
      ConditionExpression: '#status <> :invited',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':invited': 'Invited', ':inv': invitationId, ':one': 1 },
    },
  };
}
