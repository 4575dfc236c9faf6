import { httpHandler, reply } from '#shared/http/handler';
import { proofSubject } from '#shared/identity/confirm';
import { showEmailConfirmationPage } from '#shared/identity/page-routes';
import { emailConfirmationPage } from '#shared/identity/pages';
import { usableEmailProof } from '#shared/identity/proofs-store';
import { page, pickLanguage, t } from '#shared/platform/pages/render';
import { csrfFor } from '#shared/platform/pages/session';

/** Opening the link changes nothing: the person confirms with a button (link scanners cannot confirm). */
export const handler = httpHandler(showEmailConfirmationPage, async ({ query, headers, cookies }) => {
  const proof = await usableEmailProof(query.token);
  const subject = proof ? await proofSubject(proof.purpose, proof.subjectId) : undefined;
  const language = pickLanguage(query.lang, headers['accept-language'], subject?.language);
  if (!proof || !subject)
    return reply.page(page(language, t(language, 'invalidTitle'), `<p>${t(language, 'invalidBody')}</p>`), 410);
  const csrf = csrfFor(cookies);
  return reply.page(
    emailConfirmationPage(language, csrf.token, {
      token: query.token!,
      purpose: proof.purpose,
      email: proof.email,
      organization: subject.organization,
      choosePassword: proof.choosePassword,
      partnerId: proof.partnerId,
    }),
    200,
    csrf.setCookie ? [csrf.setCookie] : [],
  );
});
