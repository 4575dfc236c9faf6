import { hashToken } from '../../shared/crypto';
import { getTokenRecord, isUsable } from '../../shared/data/email-verification';
import { escapeHtml } from '../../shared/html';
import { httpHandler, reply } from '../../shared/http/handler';
import { page, pickLanguage, t } from '../../shared/pages/render';
import { showEmailVerificationPage } from '../../shared/routes/enrollment';

/** Opening the link changes nothing: the person confirms with a button (link scanners cannot verify). */
export const handler = httpHandler(showEmailVerificationPage, async ({ query, headers }) => {
  const token = query.token && /^[A-Za-z0-9_-]{16,128}$/.test(query.token) ? await getTokenRecord(hashToken(query.token)) : undefined;
  const language = pickLanguage(undefined, headers['accept-language'], token?.language);
  if (!isUsable(token)) return reply.page(page(language, t(language, 'invalidTitle'), `<p>${t(language, 'invalidBody')}</p>`), 410);
  const body = `<p>${t(language, 'verifyIntro', { organization: token.organizationName, email: token.email })}</p>
<p>${t(language, 'verifyAsk')}</p>
<form method="post" action="/v1/email-verifications">
<input type="hidden" name="token" value="${escapeHtml(query.token!)}">
<input type="hidden" name="lang" value="${language}">
<button type="submit">${t(language, 'verifyButton')}</button>
</form>`;
  return reply.page(page(language, t(language, 'verifyTitle'), body));
});
