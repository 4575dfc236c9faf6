import { convertLead } from '#shared/customers/leads';
import { toLeadView } from '#shared/customers/leads-store';
import { convertLeadToInvitation } from '#shared/customers/routes';
import { httpHandler, reply } from '#shared/http/handler';

/** A lead becomes a relationship request, sent to its contact (one transaction: exactly one invites). */
export const handler = httpHandler(convertLeadToInvitation, async ({ params, caller, correlationId }) => {
  const lead = await convertLead(caller, params.leadId, correlationId);
  return reply.created(toLeadView(lead), `/v1/leads/${lead.leadId}`);
});
