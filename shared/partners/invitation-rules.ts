/**
 * Invitations are first-class records (Google Channel's ChannelPartnerLink, AWS Partner Central's
 * connection invitations), unlike Partner Center's one static URL per partner: each has a state, an expiry,
 * a capped number of resends, and personalized single-purpose links. Pure.
 */
export const invitationStates = ['Pending', 'Accepted', 'Declined', 'Expired', 'Revoked'] as const;
export type InvitationState = (typeof invitationStates)[number];
export type InvitationKind = 'Reseller' | 'Customer';

export const invitationValidityDays = 30;
export const maxResends = 3;

/** The state as of `now`: a pending invitation past its expiry is expired, whatever is stored. */
export function effectiveState(
  invitation: { state: InvitationState; expiresAt: string },
  now: string,
): InvitationState {
  return invitation.state === 'Pending' && invitation.expiresAt <= now ? 'Expired' : invitation.state;
}

export const dayOf = (iso: string) => iso.slice(0, 10);
