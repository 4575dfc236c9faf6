import { httpHandler, reply } from '#shared/http/handler';
import { rememberChallenge } from '#shared/identity/challenges-store';
import { signIn } from '#shared/identity/routes';
import { signInWithPassword } from '#shared/platform/aws/identity';
import { newId } from '#shared/platform/crypto';
import { findUserIdByEmail } from '#shared/users/organizations-store';

/** An unknown email still goes through a (failing) sign-in, so the answer and its timing do not tell. */
export const handler = httpHandler(signIn, async ({ body }) => {
  const userId = (await findUserIdByEmail(body.email)) ?? newId();
  const result = await signInWithPassword(userId, body.password);
  if (result.status === 'NEW_PASSWORD_REQUIRED') await rememberChallenge(userId, result.session);
  return reply.ok(result);
});
