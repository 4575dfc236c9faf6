import { addLead } from '#shared/customers/leads';
import { toLeadView } from '#shared/customers/leads-store';
import { createLead } from '#shared/customers/routes';
import { httpHandler, reply } from '#shared/http/handler';

export const handler = httpHandler(createLead, async ({ body, caller, correlationId }) => {
  const lead = await addLead(caller, body, correlationId);
  return reply.created(toLeadView(lead), `/v1/leads/${lead.leadId}`);
});
