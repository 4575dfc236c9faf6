import { httpHandler, reply } from '#shared/http/handler';
import { invitationForCaller, unknownLink } from '#shared/partners/accept';
import { getInvitation, settleInvitation, toInvitationView } from '#shared/partners/invitations-store';
import { declineInvitation } from '#shared/partners/routes';
import { ConflictError } from '#shared/platform/errors';

export const handler = httpHandler(declineInvitation, async ({ body, caller, correlationId }) => {
  const invitation = await invitationForCaller(body.token, caller);
  try {
    await settleInvitation(invitation, 'decline', caller.userId, correlationId);
  } catch (error) {
    // answered by someone else at the same moment: for the link holder, the link is simply used
    if (error instanceof ConflictError) throw unknownLink();
    throw error;
  }
  return reply.ok(toInvitationView((await getInvitation(invitation.invitationId))!));
});
