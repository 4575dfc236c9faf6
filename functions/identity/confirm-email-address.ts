import { httpHandler, reply } from '#shared/http/handler';
import { confirmEmailAddress as confirm, proofSubject } from '#shared/identity/confirm';
import { emailConfirmationPage } from '#shared/identity/pages';
import { usableEmailProof } from '#shared/identity/proofs-store';
import { confirmEmailAddress } from '#shared/identity/routes';
import { HttpError, invalidLinkError, ValidationError } from '#shared/platform/errors';
import { csrfPage } from '#shared/platform/pages/outcomes';
import { page, pickLanguage, t } from '#shared/platform/pages/render';
import { csrfFor, csrfValid } from '#shared/platform/pages/session';

/** JSON clients get JSON; the page's form post gets a page (a weak password re-shows the form with the reason). */
export const handler = httpHandler(confirmEmailAddress, async ({ body, headers, cookies, correlationId, log }) => {
  const fromPage = (headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded');
  const language = pickLanguage(body.lang, headers['accept-language']);
  if (fromPage && !csrfValid(cookies, body.csrf)) {
    const refused = csrfPage(language);
    return reply.page(refused.html, refused.status);
  }
  const proof = await usableEmailProof(body.token);
  try {
    if (!proof) throw invalidLinkError();
    const confirmed = await confirm(body.token, proof, body.password, { correlationId, log });
    if (!fromPage) return reply.ok({ status: 'Confirmed' as const, ...confirmed });
    if (confirmed.partnerId)
      return reply.page(
        page(
          language,
          t(language, 'partnerIdLinkedTitle'),
          `<p>${t(language, 'partnerIdLinkedBody', { partnerId: confirmed.partnerId })}</p>`,
        ),
      );
    return reply.page(
      page(
        language,
        t(language, 'confirmedTitle'),
        `<p>${t(language, 'confirmedBody', { email: confirmed.email })}</p><p><a href="/v1/pages/sign-in?lang=${language}">${t(language, 'signInLink')}</a></p>`,
      ),
    );
  } catch (error) {
    if (!fromPage || !(error instanceof HttpError)) throw error;
    if (error instanceof ValidationError && proof) {
      const organization = (await proofSubject(proof.purpose, proof.subjectId))?.organization ?? '';
      const reason = error.errors[0]?.message ?? '';
      return reply.page(
        emailConfirmationPage(
          language,
          csrfFor(cookies).token,
          {
            token: body.token,
            purpose: proof.purpose,
            email: proof.email,
            organization,
            choosePassword: true,
            partnerId: proof.partnerId,
          },
          `${t(language, 'choosePasswordLabel')}: ${reason}. ${t(language, 'newPasswordHelp')}`,
        ),
        422,
      );
    }
    if (error.status === 409)
      return reply.page(
        page(
          language,
          t(language, 'emailTakenTitle'),
          `<p>${t(language, 'emailTakenBody', { email: proof?.email ?? '' })}</p>`,
        ),
        409,
      );
    return reply.page(page(language, t(language, 'invalidTitle'), `<p>${t(language, 'invalidBody')}</p>`), 410);
  }
});
