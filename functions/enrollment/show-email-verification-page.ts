import { showEmailVerificationPage } from '#shared/enrollment/routes';
import { getTokenRecord, isUsable } from '#shared/enrollment/verification-store';
import { httpHandler, reply } from '#shared/http/handler';
import { hashToken } from '#shared/platform/crypto';
import { form, page, pickLanguage, t } from '#shared/platform/pages/render';
import { csrfFor } from '#shared/platform/pages/session';

/** Opening the link changes nothing: the person confirms with a button (link scanners cannot verify). */
export const handler = httpHandler(showEmailVerificationPage, async ({ query, headers, cookies }) => {
  const token =
    query.token && /^[A-Za-z0-9_-]{16,128}$/.test(query.token)
      ? await getTokenRecord(hashToken(query.token))
      : undefined;
  const language = pickLanguage(query.lang, headers['accept-language'], token?.language);
  if (!isUsable(token))
    return reply.page(page(language, t(language, 'invalidTitle'), `<p>${t(language, 'invalidBody')}</p>`), 410);
  const csrf = csrfFor(cookies);
  const body = `<p>${t(language, 'verifyIntro', { organization: token.organizationName, email: token.email })}</p>
<p>${t(language, 'verifyAsk')}</p>
${form('/v1/email-verifications', csrf.token, { token: query.token!, lang: language }, `<button type="submit">${t(language, 'verifyButton')}</button>`)}`;
  return reply.page(
    page(
      language,
      t(language, 'verifyTitle'),
      body,
      `/v1/pages/email-verification?token=${encodeURIComponent(query.token!)}`,
    ),
    200,
    csrf.setCookie ? [csrf.setCookie] : [],
  );
});
