import { createIdentity, deleteIdentity } from '../../shared/aws/identity';
import { clock } from '../../shared/clock';
import { newId, newTemporaryPassword } from '../../shared/crypto';
import { insertMember, undoInsertMember } from '../../shared/data/members';
import type { Member } from '../../shared/data/users';
import { DependencyError, ForbiddenError } from '../../shared/errors';
import { httpHandler, reply } from '../../shared/http/handler';
import { etagOf } from '../../shared/http/versions';
import { publicLink } from '../../shared/links';
import { createPartnerUser } from '../../shared/routes/users';
import { toPartnerUser } from '../../shared/users/view';

/**
 * Adds a user (Account settings > User management > Add user). The membership and email claim are written
 * first (409 on a taken email, nothing else done), then the identity with a temporary password; if that
 * fails, the membership is undone. The temporary password is in this response only: it is never stored and
 * cannot be retrieved again, and the first sign-in must replace it (seed 000).
 */
export const handler = httpHandler(createPartnerUser, async ({ body, caller, correlationId, log }) => {
  if (body.adminRole === 'GlobalAdmin' && caller.adminRole !== 'GlobalAdmin') {
    throw new ForbiddenError('Only a global admin can make another user a global admin.', { missingRole: 'GlobalAdmin' });
  }
  const member: Member = {
    userId: newId(),
    organizationId: caller.organizationId,
    email: body.email,
    fullName: body.fullName,
    language: body.language,
    agentRole: body.agentRole,
    adminRole: body.adminRole,
    status: 'active',
    createdAt: clock.nowIso(),
    version: 1,
  };
  await insertMember(member, correlationId, body.sendSignInEmail);
  const temporaryPassword = newTemporaryPassword();
  try {
    await createIdentity({ userId: member.userId, email: member.email, temporaryPassword });
  } catch (error) {
    // Undo the table first: it does not depend on the provider that just failed. An identity that may have
    // been created anyway is removed on a best-effort basis; without its membership and email claim nobody
    // can sign in with it.
    log.warn('identity creation failed: undoing the membership', { error });
    await undoInsertMember(member);
    await deleteIdentity(member.userId).catch((cleanup: Error) => log.warn('orphan identity left for cleanup', { userId: member.userId, error: cleanup.message }));
    throw new DependencyError('Creating the user', error);
  }
  return reply.created({ user: toPartnerUser(member), temporaryPassword, signInUrl: publicLink('/v1/sign-in') }, `/v1/users/${member.userId}`, { etag: etagOf(member.version) });
});
