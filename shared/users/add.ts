import { createIdentity, deleteIdentity } from '#shared/platform/aws/identity';
import { clock } from '#shared/platform/clock';
import { newId, newTemporaryPassword } from '#shared/platform/crypto';
import { DependencyError } from '#shared/platform/errors';
import type { Logger } from '#shared/platform/logger';
import { insertMember, undoInsertMember } from '#shared/users/members-store';
import type { Member } from '#shared/users/organizations-store';

/**
 * Adds a user with a temporary password: the membership and email claim first (409 on a taken email,
 * nothing else done), then the identity; if that fails, the membership is undone first (it does not depend
 * on the failed provider) and any half-made identity removed on a best-effort basis. The temporary password
 * is returned once and never stored.
 */
export async function addUserWithTemporaryPassword(
  input: Omit<Member, 'userId' | 'status' | 'createdAt' | 'version'>,
  context: { correlationId: string; log: Logger; sendSignInEmail: boolean },
): Promise<{ member: Member; temporaryPassword: string }> {
  const member: Member = { ...input, userId: newId(), status: 'active', createdAt: clock.nowIso(), version: 1 };
  await insertMember(member, context.correlationId, context.sendSignInEmail);
  const temporaryPassword = newTemporaryPassword();
  try {
    await createIdentity({ userId: member.userId, email: member.email, temporaryPassword });
  } catch (error) {
    context.log.warn('identity creation failed: undoing the membership', { error });
    await undoInsertMember(member);
    await deleteIdentity(member.userId).catch((cleanup: Error) =>
      context.log.warn('orphan identity left for cleanup', { userId: member.userId, error: cleanup.message }),
    );
    throw new DependencyError('Creating the user', error);
  }
  return { member, temporaryPassword };
}
