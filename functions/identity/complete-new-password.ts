import { httpHandler, reply } from '#shared/http/handler';
import { consumeChallenge } from '#shared/identity/challenges-store';
import { completeNewPassword } from '#shared/identity/routes';
import { answerNewPasswordChallenge } from '#shared/platform/aws/identity';
import { newId } from '#shared/platform/crypto';
import { findUserIdByEmail } from '#shared/users/organizations-store';

export const handler = httpHandler(completeNewPassword, async ({ body }) => {
  const userId = (await findUserIdByEmail(body.email)) ?? newId();
  await consumeChallenge(userId, body.session);
  const tokens = await answerNewPasswordChallenge(userId, body.session, body.newPassword);
  return reply.ok({ status: 'SIGNED_IN', tokens });
});
