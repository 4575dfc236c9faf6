import { httpHandler, reply } from '#shared/http/handler';
import { toInvitationView } from '#shared/partners/invitations-store';
import { inviteReseller } from '#shared/partners/invite-reseller';
import { createResellerInvitation } from '#shared/partners/routes';

export const handler = httpHandler(createResellerInvitation, async ({ body, caller, correlationId }) => {
  const record = await inviteReseller(body, caller, correlationId);
  return reply.created(toInvitationView(record), `/v1/invitations/${record.invitationId}`);
});
