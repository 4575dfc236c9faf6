import { acceptCustomerInvitation } from '#shared/customers/invitation-accept';
import type { InvitationKind } from '#shared/partners/invitation-rules';
import type { InvitationRecord } from '#shared/partners/invitations-store';
import { acceptResellerInvitation } from '#shared/partners/reseller-invitation';
import type { Member } from '#shared/users/organizations-store';

export type Acceptor = (
  invitation: InvitationRecord,
  caller: Member,
  correlationId: string,
  request: { adminChoice?: 'keepCurrentAdmin' | 'moveAdmin' },
) => Promise<Record<string, unknown>>;

/** What accepting each kind of invitation does. */
export const acceptors: Record<InvitationKind, Acceptor> = {
  Reseller: (invitation, caller, correlationId) => acceptResellerInvitation(invitation, caller, correlationId),
  Customer: (invitation, caller, correlationId, request) =>
    acceptCustomerInvitation(invitation, caller, correlationId, request),
};
