import { httpHandler, reply } from '#shared/http/handler';
import { consumeChallenge } from '#shared/identity/challenges-store';
import { answerMfaChallenge } from '#shared/identity/routes';
import { answerMfaChallenge as answer } from '#shared/platform/aws/identity';
import { newId } from '#shared/platform/crypto';
import { findUserIdByEmail } from '#shared/users/organizations-store';

/** The second step of a sign-in with two-step verification: the session must be the one this email was given. */
export const handler = httpHandler(answerMfaChallenge, async ({ body }) => {
  const userId = (await findUserIdByEmail(body.email)) ?? newId();
  await consumeChallenge(userId, body.session);
  const tokens = await answer(userId, body.session, body.code);
  return reply.ok({ status: 'SIGNED_IN', tokens });
});
