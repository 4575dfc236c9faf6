import { httpHandler, reply } from '#shared/http/handler';
import { showForgottenPasswordPage } from '#shared/identity/page-routes';
import { forgottenPasswordPage } from '#shared/identity/pages';
import { pickLanguage } from '#shared/platform/pages/render';
import { csrfFor } from '#shared/platform/pages/session';

export const handler = httpHandler(showForgottenPasswordPage, async ({ query, headers, cookies }) => {
  const language = pickLanguage(query.lang, headers['accept-language']);
  const csrf = csrfFor(cookies);
  return reply.page(forgottenPasswordPage(language, csrf.token), 200, csrf.setCookie ? [csrf.setCookie] : []);
});
