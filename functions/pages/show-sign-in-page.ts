import { httpHandler, reply } from '../../shared/http/handler';
import { pickLanguage } from '../../shared/pages/render';
import { csrfFor } from '../../shared/pages/session';
import { signInPage } from '../../shared/pages/sign-in';
import { showSignInPage } from '../../shared/routes/pages';

export const handler = httpHandler(showSignInPage, async ({ query, headers, cookies }) => {
  const language = pickLanguage(query.lang, headers['accept-language']);
  const csrf = csrfFor(cookies);
  return reply.page(signInPage(language, csrf.token, query.returnTo), 200, csrf.setCookie ? [csrf.setCookie] : []);
});
