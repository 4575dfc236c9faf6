import { acceptCustomerInvitation } from '#shared/customers/invitation-accept';
import { answeredMeanwhile, unknownLink } from '#shared/partners/accept';
import type { InvitationKind } from '#shared/partners/invitation-rules';
import type { InvitationRecord } from '#shared/partners/invitations-store';
import { acceptResellerInvitation } from '#shared/partners/reseller-invitation';
import { ConflictError } from '#shared/platform/errors';
import type { Member } from '#shared/users/organizations-store';

export type Acceptor = (
  invitation: InvitationRecord,
  caller: Member,
  correlationId: string,
  request: { adminChoice?: 'keepCurrentAdmin' | 'moveAdmin' },
) => Promise<Record<string, unknown>>;

/**
 * A conflict met while accepting, once the invitation has been answered by someone else meanwhile, is a used
 * link for its holder: the one answer for every unusable link (whatever step noticed the race).
 */
const usedLinkOnRace =
  (accept: Acceptor): Acceptor =>
  async (invitation, caller, correlationId, request) => {
    try {
      return await accept(invitation, caller, correlationId, request);
    } catch (error) {
      if (error instanceof ConflictError && !error.extensions.adminChoiceRequired) {
        if (await answeredMeanwhile(invitation.invitationId)) throw unknownLink();
      }
      throw error;
    }
  };

/** What accepting each kind of invitation does. */
export const acceptors: Record<InvitationKind, Acceptor> = {
  Reseller: usedLinkOnRace((invitation, caller, correlationId) =>
    acceptResellerInvitation(invitation, caller, correlationId),
  ),
  Customer: usedLinkOnRace((invitation, caller, correlationId, request) =>
    acceptCustomerInvitation(invitation, caller, correlationId, request),
  ),
};
