import { requirePermission } from '#shared/http/handler';
import type { InvitationRecord } from '#shared/partners/invitations-store';
import type { Member } from '#shared/users/organizations-store';

/** Resending or revoking an invitation needs the permission to send that kind. */
export function requireInvitePermission(caller: Member, invitation: InvitationRecord): void {
  requirePermission(caller, invitation.kind === 'Reseller' ? 'providers:invite' : 'customers:invite');
}
