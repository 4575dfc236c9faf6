import { assignLeadTo } from '#shared/customers/leads';
import { toLeadView } from '#shared/customers/leads-store';
import { assignLead } from '#shared/customers/routes';
import { httpHandler, reply } from '#shared/http/handler';

export const handler = httpHandler(assignLead, async ({ params, body, caller }) =>
  reply.ok(toLeadView(await assignLeadTo(caller, params.leadId, body.userId))),
);
