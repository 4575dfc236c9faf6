import { submitAgreementPage } from '#shared/enrollment/page-routes';
import { signAgreement } from '#shared/enrollment/sign';
import { httpHandler, reply } from '#shared/http/handler';
import { csrfPage, outcomePage } from '#shared/platform/pages/outcomes';
import { page, pickLanguage, t } from '#shared/platform/pages/render';
import { csrfValid, sessionMember } from '#shared/platform/pages/session';

export const handler = httpHandler(submitAgreementPage, async ({ body, headers, cookies, client, correlationId }) => {
  const language = pickLanguage(body.lang, headers['accept-language']);
  if (!csrfValid(cookies, body.csrf)) {
    const refused = csrfPage(language);
    return reply.page(refused.html, refused.status);
  }
  const member = await sessionMember(cookies);
  if (!member)
    return reply.redirect(
      `/v1/pages/sign-in?returnTo=${encodeURIComponent(`/v1/pages/agreement?enrollmentId=${body.enrollmentId}`)}&lang=${language}`,
    );
  if (body.consent !== 'yes')
    return reply.redirect(`/v1/pages/agreement?enrollmentId=${body.enrollmentId}&lang=${language}`);
  try {
    await signAgreement(member, body.enrollmentId, body.version, client, correlationId);
    return reply.page(
      page(language, t(language, 'agreementSignedTitle'), `<p>${t(language, 'agreementSignedBody')}</p>`),
    );
  } catch (error) {
    const outcome = outcomePage(error, language, { email: member.email });
    if (outcome) return reply.page(outcome.html, outcome.status);
    throw error;
  }
});
