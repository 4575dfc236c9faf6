import { startCustomerInvitation } from '#shared/customers/invitation-create';
import { createCustomerInvitation } from '#shared/customers/routes';
import { httpHandler, reply } from '#shared/http/handler';

export const handler = httpHandler(createCustomerInvitation, async ({ body, caller, correlationId }) => {
  const created = await startCustomerInvitation(body, caller, correlationId);
  return reply.created(created, `/v1/invitations/${created.invitation.invitationId}`);
});
