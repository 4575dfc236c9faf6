import { ct, publicPage } from '#shared/console/layout';
import { submitSignOut } from '#shared/console/routes';
import { httpHandler } from '#shared/http/handler';
import { csrfPage } from '#shared/platform/pages/outcomes';
import { pickLanguage } from '#shared/platform/pages/render';
import { csrfValid, endSession } from '#shared/platform/pages/session';

/** Ends the page session (the cookie is cleared and its record deleted), then offers to sign in again. */
export const handler = httpHandler(submitSignOut, async ({ body, headers, cookies }) => {
  const language = pickLanguage(body.lang, headers['accept-language']);
  if (!csrfValid(cookies, body.csrf)) {
    const refused = csrfPage(language);
    return { status: refused.status, html: refused.html };
  }
  const cleared = await endSession(cookies);
  return {
    ...publicPage(
      language,
      ct(language, 'signedOutTitle'),
      `<p><a href="/v1/pages/sign-in?returnTo=%2Fv1%2Fconsole&lang=${language}">${ct(language, 'signInLink')}</a></p>`,
      '/v1/console/sign-out',
    ),
    cookies: [cleared],
  };
});
