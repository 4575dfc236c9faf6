import { httpHandler, reply, requirePermission } from '#shared/http/handler';
import { invitationForCaller } from '#shared/partners/accept';
import { acceptors } from '#shared/partners/acceptors';
import { getInvitation, toInvitationView } from '#shared/partners/invitations-store';
import { acceptInvitation } from '#shared/partners/routes';

/** One operation for both kinds of invitation: a reseller authorizing a provider, a customer its resellers. */
export const handler = httpHandler(acceptInvitation, async ({ body, caller, correlationId }) => {
  const invitation = await invitationForCaller(body.token, caller);
  requirePermission(caller, invitation.kind === 'Reseller' ? 'providers:accept' : 'tenant:manage');
  const result = await acceptors[invitation.kind](invitation, caller, correlationId, body);
  return reply.ok({ invitation: toInvitationView((await getInvitation(invitation.invitationId))!), result });
});
