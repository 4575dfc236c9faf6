import { newId } from '../../shared/crypto';
import { answerNewPasswordChallenge } from '../../shared/aws/identity';
import { consumeChallenge } from '../../shared/data/challenges';
import { findUserIdByEmail } from '../../shared/data/users';
import { httpHandler, reply } from '../../shared/http/handler';
import { completeNewPassword } from '../../shared/routes/auth';

export const handler = httpHandler(completeNewPassword, async ({ body }) => {
  const userId = (await findUserIdByEmail(body.email)) ?? newId();
  await consumeChallenge(userId, body.session);
  const tokens = await answerNewPasswordChallenge(userId, body.session, body.newPassword);
  return reply.ok({ status: 'SIGNED_IN', tokens });
});
