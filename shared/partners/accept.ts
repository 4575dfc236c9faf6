import { getInvitation, type InvitationRecord, usableInvitationByToken } from '#shared/partners/invitations-store';
import { ForbiddenError, GoneError } from '#shared/platform/errors';
import type { Member } from '#shared/users/organizations-store';

/** The one answer for a link that cannot be used, whatever the reason (unknown, used, revoked, expired). */
export const unknownLink = () =>
  new GoneError(
    'invalid-link',
    'This invitation link can no longer be used. Ask the partner who invited you for a new one.',
  );

/**
 * The invitation behind a link, checked for the caller: usable (one 410 for every other case), and the
 * caller a global admin of the invited organization (or, for an email invitation to someone not yet on the
 * platform, the invited person).
 */
export async function invitationForCaller(token: string, caller: Member): Promise<InvitationRecord> {
  const invitation = await usableInvitationByToken(token);
  if (!invitation) throw unknownLink();
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

/** True when the invitation was answered (or revoked) since it was read: a lost race, for its link holder. */
export async function answeredMeanwhile(invitationId: string): Promise<boolean> {
  const current = await getInvitation(invitationId);
  return current?.state !== 'Pending';
}
