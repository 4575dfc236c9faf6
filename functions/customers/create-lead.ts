import { type LeadRecord, leadItem, toLeadView } from '#shared/customers/leads-store';
import { createLead } from '#shared/customers/routes';
import { httpHandler, reply } from '#shared/http/handler';
import { clock } from '#shared/platform/clock';
import { newId } from '#shared/platform/crypto';
import { putEvent } from '#shared/platform/outbox';
import { tableName, transact } from '#shared/platform/table';

export const handler = httpHandler(createLead, async ({ body, caller, correlationId }) => {
  const lead: LeadRecord = {
    leadId: newId(),
    partnerId: caller.organizationId,
    ...body,
    status: 'New',
    createdAt: clock.nowIso(),
    version: 1,
  };
  await transact(
    [
      { Put: { TableName: tableName, Item: leadItem(lead), ConditionExpression: 'attribute_not_exists(pk)' } },
      putEvent(
        'LeadCreated',
        { leadId: lead.leadId, source: lead.source },
        { organizationId: caller.organizationId, correlationId },
      ),
    ],
    () => new Error('duplicate lead id'),
  );
  return reply.created(toLeadView(lead), `/v1/leads/${lead.leadId}`);
});
