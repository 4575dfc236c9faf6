import { assignLeadRecord, getLead, toLeadView } from '#shared/customers/leads-store';
import { assignLead } from '#shared/customers/routes';
import { httpHandler, reply } from '#shared/http/handler';
import { getOrganizationMember } from '#shared/users/members-store';

export const handler = httpHandler(assignLead, async ({ params, body, caller }) => {
  const [lead] = await Promise.all([
    getLead(caller.organizationId, params.leadId),
    getOrganizationMember(caller.organizationId, body.userId),
  ]);
  return reply.ok(toLeadView(await assignLeadRecord(lead, body.userId)));
});
