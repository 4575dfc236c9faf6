import { showSignUpScreen } from '#shared/console/routes';
import { signUpForm } from '#shared/console/sign-up';
import { httpHandler } from '#shared/http/handler';
import { pickLanguage } from '#shared/platform/pages/render';
import { csrfFor } from '#shared/platform/pages/session';

export const handler = httpHandler(showSignUpScreen, async ({ query, headers, cookies }) => {
  const language = pickLanguage(query.lang, headers['accept-language']);
  const csrf = csrfFor(cookies);
  return { ...signUpForm(language, csrf.token, {}, []), cookies: csrf.setCookie ? [csrf.setCookie] : [] };
});
