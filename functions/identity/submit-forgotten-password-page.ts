import { httpHandler, reply } from '#shared/http/handler';
import { submitForgottenPasswordPage } from '#shared/identity/page-routes';
import { requestPasswordReset } from '#shared/identity/password-reset';
import { csrfPage } from '#shared/platform/pages/outcomes';
import { page, pickLanguage, t } from '#shared/platform/pages/render';
import { csrfValid } from '#shared/platform/pages/session';

/** The same page whether the address is known or not: the mailbox, not the answer, learns which. */
export const handler = httpHandler(submitForgottenPasswordPage, async ({ body, headers, cookies, correlationId }) => {
  const language = pickLanguage(body.lang, headers['accept-language']);
  if (!csrfValid(cookies, body.csrf)) {
    const refused = csrfPage(language);
    return reply.page(refused.html, refused.status);
  }
  await requestPasswordReset(body.email, correlationId);
  return reply.page(
    page(
      language,
      t(language, 'forgottenSentTitle'),
      `<p>${t(language, 'forgottenSentBody', { email: body.email })}</p><p><a href="/v1/pages/sign-in?lang=${language}">${t(language, 'signInLink')}</a></p>`,
    ),
  );
});
