import { ForbiddenError, PreconditionFailedError } from '#shared/platform/errors';
import type { Logger } from '#shared/platform/logger';
import { addUser } from '#shared/users/add';
import {
  getMember,
  getOrganizationMember,
  type Member,
  removeMember,
  updateMemberRoles,
} from '#shared/users/members-store';
import { raisesPermissions } from '#shared/users/permissions';
import type { Roles } from '#shared/users/roles';

/**
 * User management's three actions (Account settings > User management), the same from the API and from the
 * console: each rule of seed 000 is checked here, once.
 */

/** Adds a user; only a global admin makes a global admin. The temporary password is answered, never stored. */
export async function addPartnerUser(
  caller: Member,
  input: {
    email: string;
    fullName: string;
    language: Member['language'];
    agentRole: Roles['agentRole'];
    adminRole: Roles['adminRole'];
  },
  context: { correlationId: string; log: Logger },
) {
  if (input.adminRole === 'GlobalAdmin' && caller.adminRole !== 'GlobalAdmin') {
    throw new ForbiddenError('Only a global admin can make another user a global admin.', {
      missingRole: 'GlobalAdmin',
    });
  }
  return addUser({ organizationId: caller.organizationId, ...input }, { creator: caller, ...context });
}

/**
 * Changes a user's roles. Nobody raises their own roles; only a global admin grants or takes away global
 * admin; the last global admin stays; a stale version answers 412. When the new roles exceed those of whoever
 * saw the user's temporary password, that password stops working: the user chooses its own by email link.
 */
export async function changeUserRoles(
  caller: Member,
  userId: string,
  expected: number,
  roles: Roles,
  correlationId: string,
): Promise<Member> {
  const member = await getOrganizationMember(caller.organizationId, userId);
  if (member.version !== expected) throw new PreconditionFailedError();
  if (member.userId === caller.userId && raisesPermissions(member, roles)) {
    throw new ForbiddenError('Nobody can raise their own roles: ask another administrator.', {
      rule: 'no-self-promotion',
    });
  }
  if (
    (roles.adminRole === 'GlobalAdmin') !== (member.adminRole === 'GlobalAdmin') &&
    caller.adminRole !== 'GlobalAdmin'
  ) {
    throw new ForbiddenError('Only a global admin can grant or take away the global admin role.', {
      missingRole: 'GlobalAdmin',
    });
  }
  const seenBy = member.passwordSeenBy;
  const seer = seenBy === caller.userId ? caller : seenBy ? await getMember(seenBy) : undefined;
  const choosePassword = seenBy !== undefined && (!seer || raisesPermissions(seer, roles));
  return updateMemberRoles(member, expected, roles, caller.userId, correlationId, { choosePassword });
}

/** Removes a user; only a global admin removes a global admin, and never the last one. */
export async function removePartnerUser(
  caller: Member,
  userId: string,
  expected: number | undefined,
  correlationId: string,
): Promise<void> {
  const member = await getOrganizationMember(caller.organizationId, userId);
  if (member.adminRole === 'GlobalAdmin' && caller.adminRole !== 'GlobalAdmin') {
    throw new ForbiddenError('Only a global admin can remove a global admin.', { missingRole: 'GlobalAdmin' });
  }
  await removeMember(member, expected, caller.userId, correlationId);
}
