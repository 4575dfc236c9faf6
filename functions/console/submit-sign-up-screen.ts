import { ct, errorsOf, publicPage } from '#shared/console/layout';
import { submitSignUpScreen } from '#shared/console/routes';
import { signUpForm } from '#shared/console/sign-up';
import { httpHandler } from '#shared/http/handler';
import { validate } from '#shared/http/request';
import { proofLifetimeHours } from '#shared/identity/proofs-store';
import { SignUpRequest } from '#shared/identity/schemas';
import { requestSignUp } from '#shared/identity/sign-up-store';
import { csrfPage } from '#shared/platform/pages/outcomes';
import { pickLanguage } from '#shared/platform/pages/render';
import { csrfFor, csrfValid } from '#shared/platform/pages/session';
import type * as z from '#shared/platform/zod';

/** The same sign-up as the API: the same answer whether the address is known or not (its mailbox learns). */
export const handler = httpHandler(submitSignUpScreen, async ({ body, headers, cookies, correlationId }) => {
  const language = pickLanguage(body.lang, headers['accept-language']);
  if (!csrfValid(cookies, body.csrf)) {
    const refused = csrfPage(language);
    return { status: refused.status, html: refused.html };
  }
  const labels = {
    'organization.legalName': ct(language, 'orgNameLabel'),
    'organization.country': ct(language, 'countryLabel'),
    'admin.fullName': ct(language, 'adminNameLabel'),
    'admin.email': ct(language, 'workEmailLabel'),
  };
  try {
    const request = validate(
      SignUpRequest,
      {
        organization: { legalName: body.legalName ?? '', country: (body.country ?? '').trim().toUpperCase() },
        admin: { fullName: body.fullName ?? '', email: (body.email ?? '').trim(), language: body.language ?? language },
      },
      'body',
    ) as z.output<typeof SignUpRequest>;
    await requestSignUp(request, correlationId);
    return publicPage(
      language,
      ct(language, 'signUpSentTitle'),
      `<p>${ct(language, 'signUpSentBody', { email: request.admin.email, hours: String(proofLifetimeHours.SignUp) })}</p>`,
      '/v1/console/sign-up',
    );
  } catch (error) {
    return signUpForm(language, csrfFor(cookies).token, body, errorsOf(error, labels));
  }
});
