import type { InvitationRecord } from '../data/invitations';
import type { Member } from '../data/users';
import { requirePermission } from '../http/handler';

/** Resending or revoking an invitation needs the permission to send that kind. */
export function requireInvitePermission(caller: Member, invitation: InvitationRecord): void {
  requirePermission(caller, invitation.kind === 'Reseller' ? 'providers:invite' : 'customers:invite');
}
