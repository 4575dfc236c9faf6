import { getInvitation, getOwnInvitation, resendInvitationRecord, toInvitationView } from '../../shared/data/invitations';
import { requireInvitePermission } from '../../shared/invitations/permissions';
import { httpHandler, reply } from '../../shared/http/handler';
import { resendInvitation } from '../../shared/routes/partners';

export const handler = httpHandler(resendInvitation, async ({ params, caller, correlationId }) => {
  const invitation = await getOwnInvitation(caller.organizationId, params.invitationId);
  requireInvitePermission(caller, invitation);
  await resendInvitationRecord(invitation, correlationId);
  return reply.status(202, toInvitationView((await getInvitation(invitation.invitationId))!));
});
