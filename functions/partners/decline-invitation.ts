import { httpHandler, reply } from '#shared/http/handler';
import { invitationForCaller } from '#shared/partners/accept';
import { getInvitation, settleInvitation, toInvitationView } from '#shared/partners/invitations-store';
import { declineInvitation } from '#shared/partners/routes';

export const handler = httpHandler(declineInvitation, async ({ body, caller, correlationId }) => {
  const invitation = await invitationForCaller(body.token, caller);
  await settleInvitation(invitation, 'decline', caller.userId, correlationId);
  return reply.ok(toInvitationView((await getInvitation(invitation.invitationId))!));
});
