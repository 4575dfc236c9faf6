import type { InvitationRecord } from '../data/invitations';
import type { Member } from '../data/users';
import type { InvitationKind } from '../domain/invitations';
import { acceptCustomerInvitation } from './customer';
import { acceptResellerInvitation } from './reseller';

export type Acceptor = (invitation: InvitationRecord, caller: Member, correlationId: string, request: { adminChoice?: 'keepCurrentAdmin' | 'moveAdmin' }) => Promise<Record<string, unknown>>;

/** What accepting each kind of invitation does. */
export const acceptors: Record<InvitationKind, Acceptor> = {
  Reseller: (invitation, caller, correlationId) => acceptResellerInvitation(invitation, caller, correlationId),
  Customer: (invitation, caller, correlationId, request) => acceptCustomerInvitation(invitation, caller, correlationId, request),
};
