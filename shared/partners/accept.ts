import { getInvitation, type InvitationRecord, usableInvitationByToken } from '#shared/partners/invitations-store';
import { ForbiddenError, GoneError } from '#shared/platform/errors';
import { organizationOfEmail } from '#shared/users/members-store';
import type { Member } from '#shared/users/organizations-store';

/** The one answer for a link that cannot be used, whatever the reason (unknown, used, revoked, expired). */
export const unknownLink = () =>
  new GoneError(
    'invalid-link',
    'This invitation link can no longer be used. Ask the partner who invited you for a new one.',
  );

/**
 * The invitation behind a link, checked for the caller: usable (one 410 for every other case), and the
 * caller a global admin of the invited organization. An invitation addressed to someone is bound to that
 * recipient's organization: the one known when it was sent, or else the one whose user proved the address
 * since (the recipient signed up, or forwarded the link to its global admin). Only a customer link made
 * without a recipient (copied from the draft, to hand over by other means) is accepted by whoever holds it.
 */
export async function invitationForCaller(token: string, caller: Member): Promise<InvitationRecord> {
  const invitation = await usableInvitationByToken(token);
  if (!invitation) throw unknownLink();
  const addressed = Boolean(invitation.invitedOrganizationId || invitation.invitedEmail);
  const recipientOrganization =
    invitation.invitedOrganizationId ??
    (invitation.invitedEmail ? await organizationOfEmail(invitation.invitedEmail) : undefined);
  const invitedHere = addressed ? recipientOrganization === caller.organizationId : invitation.kind === 'Customer';
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
