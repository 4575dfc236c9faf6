import { escapeHtml } from '#shared/platform/html';
import { form, page, t } from '#shared/platform/pages/render';
import type { Language } from '#shared/platform/schemas';

export function signInPage(language: Language, csrf: string, returnTo: string, error?: string): string {
  const fields = `${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ''}
<label for="email">${t(language, 'emailLabel')}</label><input type="email" id="email" name="email" autocomplete="username" required>
<label for="password">${t(language, 'passwordLabel')}</label><input type="password" id="password" name="password" autocomplete="current-password" required>
<button type="submit">${t(language, 'signInButton')}</button>`;
  return page(
    language,
    t(language, 'signInTitle'),
    `<p>${t(language, 'signInIntro')}</p>${form('/v1/pages/sign-in', csrf, { returnTo, lang: language }, fields)}<p><a href="/v1/pages/forgotten-password?lang=${language}">${t(language, 'forgottenPasswordLink')}</a></p><p>${t(language, 'noAccount')} <a href="/v1/console/sign-up?lang=${language}">${t(language, 'createAccount')}</a></p>`,
    `/v1/pages/sign-in?returnTo=${encodeURIComponent(returnTo)}`,
  );
}

export function newPasswordPage(
  language: Language,
  csrf: string,
  input: { email: string; session: string; returnTo: string },
  error?: string,
): string {
  const fields = `${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ''}
<label for="newPassword">${t(language, 'newPasswordLabel')}</label><input type="password" id="newPassword" name="newPassword" autocomplete="new-password" aria-describedby="password-help" required minlength="12">
<p id="password-help">${t(language, 'newPasswordHelp')}</p>
<button type="submit">${t(language, 'newPasswordButton')}</button>`;
  return page(
    language,
    t(language, 'newPasswordTitle'),
    `<p>${t(language, 'newPasswordIntro')}</p>${form('/v1/pages/new-password', csrf, { ...input, lang: language }, fields)}`,
  );
}

/** The page of an emailed proof link: what confirming does, and the password field when the link asks for one. */
export function emailConfirmationPage(
  language: Language,
  csrf: string,
  input: {
    token: string;
    purpose: 'SignUp' | 'Member' | 'PartnerId' | 'PasswordReset';
    email: string;
    organization: string;
    choosePassword: boolean;
    partnerId?: string;
  },
  error?: string,
): string {
  const titles = {
    SignUp: 'confirmSignUpTitle',
    Member: 'confirmMemberTitle',
    PartnerId: 'confirmPartnerIdTitle',
    PasswordReset: 'resetPasswordTitle',
  } as const;
  const intros = {
    SignUp: 'confirmSignUpIntro',
    Member: 'confirmMemberIntro',
    PartnerId: 'confirmPartnerIdIntro',
    PasswordReset: 'resetPasswordIntro',
  } as const;
  const password = input.choosePassword
    ? `<p>${t(language, 'confirmPasswordIntro')}</p>
<label for="password">${t(language, 'choosePasswordLabel')}</label><input type="password" id="password" name="password" autocomplete="new-password" aria-describedby="password-help" required minlength="12">
<p id="password-help">${t(language, 'newPasswordHelp')}</p>`
    : '';
  const fields = `${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ''}${password}
<button type="submit">${t(language, 'confirmButton')}</button>`;
  return page(
    language,
    t(language, titles[input.purpose]),
    `<p>${t(language, intros[input.purpose], { email: input.email, organization: input.organization, partnerId: input.partnerId ?? '' })}</p>
${form('/v1/email-confirmations', csrf, { token: input.token, lang: language }, fields)}`,
    `/v1/pages/email-confirmation?token=${encodeURIComponent(input.token)}`,
  );
}

/** The second step of a sign-in with two-step verification: the authenticator app's code. */
export function mfaPage(
  language: Language,
  csrf: string,
  input: { email: string; session: string; returnTo: string },
): string {
  const fields = `<label for="code">${t(language, 'mfaLabel')}</label><input type="text" id="code" name="code" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9]{6}" maxlength="6" required>
<button type="submit">${t(language, 'mfaButton')}</button>`;
  return page(
    language,
    t(language, 'mfaTitle'),
    `<p>${t(language, 'mfaIntro')}</p>${form('/v1/pages/mfa', csrf, { ...input, lang: language }, fields)}`,
  );
}

/** Forgotten password: the address to send the link to. */
export function forgottenPasswordPage(language: Language, csrf: string): string {
  const fields = `<label for="email">${t(language, 'emailLabel')}</label><input type="email" id="email" name="email" autocomplete="username" required>
<button type="submit">${t(language, 'forgottenButton')}</button>`;
  return page(
    language,
    t(language, 'forgottenTitle'),
    `<p>${t(language, 'forgottenIntro')}</p>${form('/v1/pages/forgotten-password', csrf, { lang: language }, fields)}<p><a href="/v1/pages/sign-in?lang=${language}">${t(language, 'signInLink')}</a></p>`,
    '/v1/pages/forgotten-password',
  );
}
