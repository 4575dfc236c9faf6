import { httpHandler, reply } from '#shared/http/handler';
import { rememberChallenge } from '#shared/identity/challenges-store';
import { signIn } from '#shared/identity/routes';
import { signInByEmail } from '#shared/identity/sign-in';

/** Sign in by email (see signInByEmail: unknown and unproven addresses fail alike). */
export const handler = httpHandler(signIn, async ({ body }) => {
  const { userId, result } = await signInByEmail(body.email, body.password);
  if (result.status !== 'SIGNED_IN') await rememberChallenge(userId, result.session);
  return reply.ok(result);
});
