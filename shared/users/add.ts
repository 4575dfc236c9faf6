import { createIdentity, deleteIdentity } from '#shared/platform/aws/identity';
import { clock } from '#shared/platform/clock';
import { newId, newTemporaryPassword } from '#shared/platform/crypto';
import { DependencyError } from '#shared/platform/errors';
import type { Logger } from '#shared/platform/logger';
import { insertMember, undoInsertMember } from '#shared/users/members-store';
import type { Member } from '#shared/users/organizations-store';
import { raisesPermissions } from '#shared/users/permissions';
import type { Roles } from '#shared/users/roles';

/**
 * Adds a user: the membership first (409 when the address is already someone's identity, nothing else done),
 * then the identity; if that fails, the membership is undone first (it does not depend on the failed
 * provider) and any half-made identity removed on a best-effort basis. The user proves its address through the
 * emailed link before it can sign in.
 *
 * The seed shows the creator the temporary password. That stays, except where it would open a way into more
 * than the creator holds: a user whose roles grant a permission the creator lacks gets no visible password, and
 * chooses its own through the emailed link (`temporaryPassword` is then undefined).
 */
export async function addUser(
  input: Omit<Member, 'userId' | 'status' | 'createdAt' | 'version'>,
  context: { creator: Roles & { userId: string }; correlationId: string; log: Logger },
): Promise<{ member: Member; temporaryPassword?: string }> {
  const hidden = raisesPermissions(context.creator, input);
  const member: Member = {
    ...input,
    userId: newId(),
    status: 'active',
    emailVerified: false,
    ...(hidden ? { mustChoosePassword: true } : { passwordSeenBy: context.creator.userId }),
    createdAt: clock.nowIso(),
    version: 1,
  };
  await insertMember(member, context.correlationId);
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
  return { member, temporaryPassword: hidden ? undefined : temporaryPassword };
}
