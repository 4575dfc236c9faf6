import { httpHandler, reply } from '#shared/http/handler';
import { rememberChallenge } from '#shared/identity/challenges-store';
import { submitSignInPage } from '#shared/identity/page-routes';
import { mfaPage, newPasswordPage, signInPage } from '#shared/identity/pages';
import { signInByEmail } from '#shared/identity/sign-in';
import { UnauthorizedError } from '#shared/platform/errors';
import { csrfPage } from '#shared/platform/pages/outcomes';
import { pickLanguage, t } from '#shared/platform/pages/render';
import { csrfFor, csrfValid, startSession } from '#shared/platform/pages/session';

/** The same sign-in as the API (an unknown email fails alike); success starts a page session. */
export const handler = httpHandler(submitSignInPage, async ({ body, headers, cookies }) => {
  const language = pickLanguage(body.lang, headers['accept-language']);
  if (!csrfValid(cookies, body.csrf)) {
    const refused = csrfPage(language);
    return reply.page(refused.html, refused.status);
  }
  const email = body.email.trim().toLowerCase();
  try {
    const { userId, result } = await signInByEmail(email, body.password);
    if (result.status !== 'SIGNED_IN') {
      await rememberChallenge(userId, result.session);
      const next = result.status === 'MFA_REQUIRED' ? mfaPage : newPasswordPage;
      return reply.page(
        next(language, csrfFor(cookies).token, { email, session: result.session, returnTo: body.returnTo }),
      );
    }
    return reply.redirect(body.returnTo, [await startSession(userId)]);
  } catch (error) {
    if (error instanceof UnauthorizedError)
      return reply.page(signInPage(language, csrfFor(cookies).token, body.returnTo, t(language, 'signInFailed')), 401);
    throw error;
  }
});
