import { insertLead, type LeadRecord, toLeadView } from '#shared/customers/leads-store';
import { createLead } from '#shared/customers/routes';
import { httpHandler, reply } from '#shared/http/handler';
import { clock } from '#shared/platform/clock';
import { newId } from '#shared/platform/crypto';

export const handler = httpHandler(createLead, async ({ body, caller, correlationId }) => {
  const lead: LeadRecord = {
    leadId: newId(),
    partnerId: caller.organizationId,
    ...body,
    status: 'New',
    createdAt: clock.nowIso(),
    version: 1,
  };
  await insertLead(lead, correlationId);
  return reply.created(toLeadView(lead), `/v1/leads/${lead.leadId}`);
});
