import { agreementCatalog, findAgreement } from '#shared/enrollment/agreements';
import { showAgreementPage } from '#shared/enrollment/page-routes';
import { getOwnEnrollment } from '#shared/enrollment/store';
import { httpHandler, reply } from '#shared/http/handler';
import { formatDate } from '#shared/platform/email/render';
import { HttpError } from '#shared/platform/errors';
import { escapeHtml } from '#shared/platform/html';
import { form, page, pickLanguage, t } from '#shared/platform/pages/render';
import { csrfFor, sessionMember } from '#shared/platform/pages/session';

/** Read the agreement in your language; a global admin of an approved enrollment signs it here. */
export const handler = httpHandler(showAgreementPage, async ({ query, headers, cookies }) => {
  const member = await sessionMember(cookies);
  const language = pickLanguage(query.lang, headers['accept-language'], member?.language);
  const self = `/v1/pages/agreement?enrollmentId=${query.enrollmentId}`;
  if (!member) return reply.redirect(`/v1/pages/sign-in?returnTo=${encodeURIComponent(self)}&lang=${language}`);
  const csrf = csrfFor(cookies);
  const agreement = findAgreement('PartnerAgreement', agreementCatalog.PartnerAgreement!.current)!;
  let enrollment: Awaited<ReturnType<typeof getOwnEnrollment>>;
  try {
    enrollment = await getOwnEnrollment(member.organizationId, query.enrollmentId);
  } catch (error) {
    if (error instanceof HttpError && error.status === 404)
      return reply.page(page(language, t(language, 'invalidTitle'), `<p>${t(language, 'invalidBody')}</p>`), 404);
    throw error;
  }
  let body = `<p>${t(language, 'agreementIntro', { version: agreement.version, effective: formatDate(new Date(agreement.effectiveFrom), language) })}</p>
<h2>${escapeHtml(agreement.title[language])}</h2>
<div class="agreement" tabindex="0" role="document" aria-label="${escapeHtml(agreement.title[language])}">${escapeHtml(agreement.text[language])}</div>`;
  const ready = enrollment.state === 'AwaitingSignature' && enrollment.checks?.partnerId?.status === 'Valid';
  if (!ready)
    body += `<p><strong>${t(language, 'agreementNotReadyTitle')}</strong>: ${t(language, 'agreementNotReadyBody')}</p>`;
  else if (member.adminRole !== 'GlobalAdmin')
    body += `<p>${t(language, 'notGlobalAdminBody', { email: member.email })}</p>`;
  else {
    const consent = `<div class="check"><input type="checkbox" id="consent" name="consent" value="yes" required><label for="consent">${t(language, 'agreementConsent')}</label></div>`;
    body += form(
      '/v1/pages/agreement',
      csrf.token,
      { enrollmentId: enrollment.enrollmentId, version: agreement.version, lang: language },
      `${consent}<button type="submit">${t(language, 'agreementSignButton')}</button>`,
    );
  }
  return reply.page(
    page(language, t(language, 'agreementPageTitle'), body, self),
    200,
    csrf.setCookie ? [csrf.setCookie] : [],
  );
});
