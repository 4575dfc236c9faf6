import { ct, errorSummary, type FieldError, input, publicPage } from '#shared/console/layout';
import { languageNames } from '#shared/console/messages';
import type { Reply } from '#shared/http/handler';
import { escapeHtml } from '#shared/platform/html';
import { type Language, languages } from '#shared/platform/schemas';

/** The sign-up form, with what was typed and what is wrong (GOV.UK error summary and inline errors). */
export function signUpForm(
  language: Language,
  csrf: string,
  values: Record<string, string | undefined>,
  errors: FieldError[],
): Reply {
  const l = (key: Parameters<typeof ct>[1]) => ct(language, key);
  const options = languages
    .map(
      (code) =>
        `<option value="${code}"${(values.language ?? language) === code ? ' selected' : ''}>${languageNames[code]}</option>`,
    )
    .join('');
  const body = `${errorSummary(language, errors)}<p>${l('signUpIntro')}</p>
<form method="post" action="/v1/console/sign-up" novalidate><input type="hidden" name="csrf" value="${escapeHtml(csrf)}"><input type="hidden" name="lang" value="${language}">
${input({ name: 'legalName', field: 'organization.legalName', label: l('orgNameLabel'), value: values.legalName, autocomplete: 'organization', errors })}
${input({ name: 'country', field: 'organization.country', label: l('countryLabel'), hint: l('countryHint'), value: values.country, autocomplete: 'country', errors })}
${input({ name: 'fullName', field: 'admin.fullName', label: l('adminNameLabel'), value: values.fullName, autocomplete: 'name', errors })}
${input({ name: 'email', field: 'admin.email', label: l('workEmailLabel'), type: 'email', value: values.email, autocomplete: 'email', errors })}
<label for="language">${l('languageLabel')}</label><select id="language" name="language">${options}</select>
<button type="submit">${l('signUpButton')}</button></form>
<p>${l('haveAccount')} <a href="/v1/pages/sign-in?returnTo=%2Fv1%2Fconsole&lang=${language}">${l('signInLink')}</a></p>`;
  return publicPage(language, l('signUpTitle'), body, '/v1/console/sign-up', errors.length ? 422 : 200);
}
