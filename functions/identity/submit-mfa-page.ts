import { httpHandler, reply } from '#shared/http/handler';
import { consumeChallenge } from '#shared/identity/challenges-store';
import { submitMfaPage } from '#shared/identity/page-routes';
import { signInPage } from '#shared/identity/pages';
import { answerMfaChallenge } from '#shared/platform/aws/identity';
import { newId } from '#shared/platform/crypto';
import { HttpError } from '#shared/platform/errors';
import { csrfPage } from '#shared/platform/pages/outcomes';
import { pickLanguage, t } from '#shared/platform/pages/render';
import { csrfFor, csrfValid, startSession } from '#shared/platform/pages/session';
import { findUserIdByEmail } from '#shared/users/organizations-store';

/** The code step from a page: success starts a page session; a wrong code starts the sign-in again. */
export const handler = httpHandler(submitMfaPage, async ({ body, headers, cookies }) => {
  const language = pickLanguage(body.lang, headers['accept-language']);
  if (!csrfValid(cookies, body.csrf)) {
    const refused = csrfPage(language);
    return reply.page(refused.html, refused.status);
  }
  const userId = (await findUserIdByEmail(body.email)) ?? newId();
  try {
    await consumeChallenge(userId, body.session);
    await answerMfaChallenge(userId, body.session, body.code.trim());
    return reply.redirect(body.returnTo, [await startSession(userId)]);
  } catch (error) {
    if (error instanceof HttpError && error.status === 401)
      return reply.page(signInPage(language, csrfFor(cookies).token, body.returnTo, t(language, 'mfaInvalid')), 401);
    throw error;
  }
});
