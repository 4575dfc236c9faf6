import { confirmEmailVerification } from '#shared/enrollment/routes';
import { confirmEmailOwnership } from '#shared/enrollment/verification-store';
import { httpHandler, reply } from '#shared/http/handler';
import { hashToken } from '#shared/platform/crypto';
import { HttpError } from '#shared/platform/errors';
import { csrfPage } from '#shared/platform/pages/outcomes';
import { page, pickLanguage, t } from '#shared/platform/pages/render';
import { csrfValid } from '#shared/platform/pages/session';

/** JSON clients get JSON; the page's form post gets a page. */
export const handler = httpHandler(confirmEmailVerification, async ({ body, headers, cookies, correlationId }) => {
  const fromPage = (headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded');
  const language = pickLanguage(body.lang, headers['accept-language']);
  if (fromPage && !csrfValid(cookies, body.csrf)) {
    const refused = csrfPage(language);
    return reply.page(refused.html, refused.status);
  }
  try {
    const { email } = await confirmEmailOwnership(hashToken(body.token), correlationId);
    if (fromPage)
      return reply.page(page(language, t(language, 'verifiedTitle'), `<p>${t(language, 'verifiedBody')}</p>`));
    return reply.ok({ status: 'Verified', email });
  } catch (error) {
    if (fromPage && error instanceof HttpError && error.status === 410) {
      return reply.page(page(language, t(language, 'invalidTitle'), `<p>${t(language, 'invalidBody')}</p>`), 410);
    }
    throw error;
  }
});
