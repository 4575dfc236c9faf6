import { httpHandler, reply } from '#shared/http/handler';
import {
  getInvitation,
  getOwnInvitation,
  resendInvitationRecord,
  toInvitationView,
} from '#shared/partners/invitations-store';
import { requireInvitePermission } from '#shared/partners/invite-permissions';
import { resendInvitation } from '#shared/partners/routes';

export const handler = httpHandler(resendInvitation, async ({ params, caller, correlationId }) => {
  const invitation = await getOwnInvitation(caller.organizationId, params.invitationId);
  requireInvitePermission(caller, invitation);
  await resendInvitationRecord(invitation, correlationId);
  return reply.status(202, toInvitationView((await getInvitation(invitation.invitationId))!));
});
