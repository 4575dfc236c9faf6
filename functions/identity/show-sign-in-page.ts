import { httpHandler, reply } from '#shared/http/handler';
import { showSignInPage } from '#shared/identity/page-routes';
import { signInPage } from '#shared/identity/pages';
import { pickLanguage } from '#shared/platform/pages/render';
import { csrfFor } from '#shared/platform/pages/session';

export const handler = httpHandler(showSignInPage, async ({ query, headers, cookies }) => {
  const language = pickLanguage(query.lang, headers['accept-language']);
  const csrf = csrfFor(cookies);
  return reply.page(signInPage(language, csrf.token, query.returnTo), 200, csrf.setCookie ? [csrf.setCookie] : []);
});
