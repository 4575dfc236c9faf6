import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { decodeCursor, encodeCursor } from '#shared/platform/cursor';
import { NotFoundError } from '#shared/platform/errors';
import { keys } from '#shared/platform/keys';
import { db, tableName } from '#shared/platform/table';

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

export const leadItem = (lead: LeadRecord) => ({ ...keys.lead(lead.partnerId, lead.leadId), entity: 'Lead', ...lead });

export function toLeadView(lead: LeadRecord) {
  const {
    leadId,
    companyName,
    contactName,
    contactEmail,
    country,
    source,
    status,
    assignedTo,
    invitationId,
    createdAt,
  } = lead;
  return {
    leadId,
    companyName,
    contactName,
    contactEmail,
    country,
    source,
    status,
    assignedTo,
    invitationId,
    createdAt,
  };
}

export async function getLead(partnerId: string, leadId: string): Promise<LeadRecord> {
  const { Item } = await db.send(
    new GetCommand({ TableName: tableName, Key: keys.lead(partnerId, leadId), ConsistentRead: true }),
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
      ExpressionAttributeValues: { ':pk': `ORG#${partnerId}`, ':prefix': 'LEAD#' },
      Limit: options.limit,
      ExclusiveStartKey: decodeCursor(options.cursor),
    }),
  );
  return { items: (result.Items ?? []) as LeadRecord[], nextCursor: encodeCursor(result.LastEvaluatedKey) };
}
