import { answerNewPasswordChallenge } from '../../shared/aws/identity';
import { newId } from '../../shared/crypto';
import { consumeChallenge } from '../../shared/data/challenges';
import { findUserIdByEmail } from '../../shared/data/users';
import { HttpError } from '../../shared/errors';
import { httpHandler, reply } from '../../shared/http/handler';
import { csrfPage } from '../../shared/pages/outcomes';
import { pickLanguage, t } from '../../shared/pages/render';
import { csrfFor, csrfValid, startSession } from '../../shared/pages/session';
import { signInPage } from '../../shared/pages/sign-in';
import { Password } from '../../shared/schemas/auth';
import { submitNewPasswordPage } from '../../shared/routes/pages';

export const handler = httpHandler(submitNewPasswordPage, async ({ body, headers, cookies }) => {
  const language = pickLanguage(body.lang, headers['accept-language']);
  if (!csrfValid(cookies, body.csrf)) {
    const refused = csrfPage(language);
    return reply.page(refused.html, refused.status);
  }
  const retry = (status: number) => reply.page(signInPage(language, csrfFor(cookies).token, body.returnTo, t(language, 'newPasswordInvalid')), status);
  if (!Password.safeParse(body.newPassword).success) return retry(422);
  const userId = (await findUserIdByEmail(body.email)) ?? newId();
  try {
    await consumeChallenge(userId, body.session);
    await answerNewPasswordChallenge(userId, body.session, body.newPassword);
    return reply.redirect(body.returnTo, [await startSession(userId)]);
  } catch (error) {
    if (error instanceof HttpError && error.status === 401) return retry(401);
    throw error;
  }
});
