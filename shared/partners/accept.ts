import { effectiveState } from '#shared/partners/invitation-rules';
import { type InvitationRecord, invitationByToken, invitationConflict } from '#shared/partners/invitations-store';
import { clock } from '#shared/platform/clock';
import { ForbiddenError, GoneError } from '#shared/platform/errors';
import type { Member } from '#shared/users/organizations-store';

export const unknownLink = () =>
  new GoneError('invalid-link', 'This invitation link is not valid. Ask the partner who invited you for a new one.');

/**
 * The invitation behind a link, checked for the caller: pending (409 naming its state otherwise), and the
 * caller a global admin of the invited organization (or, for an email invitation to someone not yet on the
 * platform, the invited person). Unknown links answer 410.
 */
export async function invitationForCaller(token: string, caller: Member): Promise<InvitationRecord> {
  const invitation = await invitationByToken(token);
  if (!invitation) throw unknownLink();
  if (effectiveState(invitation, clock.nowIso()) !== 'Pending') throw invitationConflict(invitation);
  // Bound to the invited organization when it was known; a customer link handed to someone not yet on the
  // platform is accepted by whichever global admin opens it (the recipient often forwards it to the admin).
  const invitedHere = invitation.invitedOrganizationId
    ? invitation.invitedOrganizationId === caller.organizationId
    : invitation.kind === 'Customer' || invitation.invitedEmail === caller.email;
  if (!invitedHere) {
    throw new ForbiddenError(
      'This invitation is for another organization: sign in as a global admin of the invited organization.',
      { reason: 'wrong-account' },
    );
  }
  if (caller.adminRole !== 'GlobalAdmin') {
    throw new ForbiddenError('Only a global admin of the invited organization can accept or decline this invitation.', {
      reason: 'not-global-admin',
      missingRole: 'GlobalAdmin',
    });
  }
  return invitation;
}
