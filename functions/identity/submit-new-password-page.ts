import { httpHandler, reply } from '#shared/http/handler';
import { consumeChallenge } from '#shared/identity/challenges-store';
import { submitNewPasswordPage } from '#shared/identity/page-routes';
import { signInPage } from '#shared/identity/pages';
import { Password } from '#shared/identity/schemas';
import { answerNewPasswordChallenge } from '#shared/platform/aws/identity';
import { newId } from '#shared/platform/crypto';
import { HttpError } from '#shared/platform/errors';
import { csrfPage } from '#shared/platform/pages/outcomes';
import { pickLanguage, t } from '#shared/platform/pages/render';
import { csrfFor, csrfValid, startSession } from '#shared/platform/pages/session';
import { findUserIdByEmail } from '#shared/users/organizations-store';

export const handler = httpHandler(submitNewPasswordPage, async ({ body, headers, cookies }) => {
  const language = pickLanguage(body.lang, headers['accept-language']);
  if (!csrfValid(cookies, body.csrf)) {
    const refused = csrfPage(language);
    return reply.page(refused.html, refused.status);
  }
  const retry = (status: number) =>
    reply.page(signInPage(language, csrfFor(cookies).token, body.returnTo, t(language, 'newPasswordInvalid')), status);
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
