import { httpHandler, reply } from '#shared/http/handler';
import {
  getInvitation,
  getOwnInvitation,
  settleInvitation,
  toInvitationView,
} from '#shared/partners/invitations-store';
import { requireInvitePermission } from '#shared/partners/invite-permissions';
import { revokeInvitation } from '#shared/partners/routes';

/** Revoking races acceptance cleanly: both are conditional on the invitation still being pending. */
export const handler = httpHandler(revokeInvitation, async ({ params, caller, correlationId }) => {
  const invitation = await getOwnInvitation(caller.organizationId, params.invitationId);
  requireInvitePermission(caller, invitation);
  await settleInvitation(invitation, 'revoke', caller.userId, correlationId);
  return reply.ok(toInvitationView((await getInvitation(invitation.invitationId))!));
});
