import { clock } from '../../shared/clock';
import { newId } from '../../shared/crypto';
import { putEvent } from '../../shared/data/events';
import { leadItem, toLeadView, type LeadRecord } from '../../shared/data/leads';
import { transact } from '../../shared/data/table';
import { tableName } from '../../shared/data/table';
import { httpHandler, reply } from '../../shared/http/handler';
import { createLead } from '../../shared/routes/customers';

export const handler = httpHandler(createLead, async ({ body, caller, correlationId }) => {
  const lead: LeadRecord = { leadId: newId(), partnerId: caller.organizationId, ...body, status: 'New', createdAt: clock.nowIso(), version: 1 };
  await transact(
    [{ Put: { TableName: tableName, Item: leadItem(lead), ConditionExpression: 'attribute_not_exists(pk)' } }, putEvent('LeadCreated', { leadId: lead.leadId, source: lead.source }, { organizationId: caller.organizationId, correlationId })],
    () => new Error('duplicate lead id'),
  );
  return reply.created(toLeadView(lead), `/v1/leads/${lead.leadId}`);
});
