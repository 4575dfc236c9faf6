import { enrollmentTasks } from '#shared/console/enrollment-tasks';
import {
  consoleForm,
  consolePage,
  ct,
  errorSummary,
  type FieldError,
  input,
  type ScreenContext,
  taskList,
} from '#shared/console/layout';
import { type ConsoleKey, enrollmentStateWords, languageNames } from '#shared/console/messages';
import { correctableStates } from '#shared/enrollment/rules';
import type { EnrollmentRecord } from '#shared/enrollment/store';
import type { Reply } from '#shared/http/handler';
import { escapeHtml } from '#shared/platform/html';
import { languages } from '#shared/platform/schemas';
import type { Organization } from '#shared/users/organizations-store';
import { isGranted } from '#shared/users/permissions';

export type Values = Record<string, string | undefined>;

/** The labels of the API's field paths, for the error summary. */
export function enrollmentLabels(ctx: ScreenContext): Record<string, string> {
  const l = (key: ConsoleKey) => ct(ctx.language, key);
  return {
    'legalProfile.legalName': l('legalNameLabel'),
    'legalProfile.address.line1': l('line1Label'),
    'legalProfile.address.city': l('cityLabel'),
    'legalProfile.address.postalCode': l('postalCodeLabel'),
    'legalProfile.address.country': l('countryLabel'),
    'primaryContact.fullName': l('contactNameLabel'),
    'primaryContact.email': l('contactEmailLabel'),
    'primaryContact.phone': l('phoneLabel'),
    'support.email': l('supportEmailLabel'),
    'support.phone': l('supportPhoneLabel'),
    'support.website': l('websiteLabel'),
    partnerId: l('partnerIdLabel'),
    answer: l('answerLabel'),
  };
}

function contactFields(ctx: ScreenContext, values: Values, errors: FieldError[]): string {
  const l = (key: ConsoleKey) => ct(ctx.language, key);
  const chosen = values.contactLanguage ?? ctx.language;
  const options = languages
    .map((code) => `<option value="${code}"${chosen === code ? ' selected' : ''}>${languageNames[code]}</option>`)
    .join('');
  return `${input({ name: 'contactName', field: 'primaryContact.fullName', label: l('contactNameLabel'), value: values.contactName, autocomplete: 'name', errors })}
${input({ name: 'contactEmail', field: 'primaryContact.email', label: l('contactEmailLabel'), hint: l('contactEmailHint'), type: 'email', value: values.contactEmail, autocomplete: 'email', errors })}
${input({ name: 'phone', field: 'primaryContact.phone', label: l('phoneLabel'), type: 'tel', value: values.phone, autocomplete: 'tel', errors })}
<label for="contactLanguage">${l('languageLabel')}</label><select id="contactLanguage" name="contactLanguage">${options}</select>`;
}

/** The start form: the legal profile (in the organization's country), the primary contact, support details. */
function startForm(ctx: ScreenContext, organization: Organization, values: Values, errors: FieldError[]): string {
  const l = (key: ConsoleKey) => ct(ctx.language, key);
  return `<p>${l('startIntro')}</p>${consoleForm(
    ctx,
    '/v1/console/enrollment',
    `<fieldset><legend>${l('legalProfileHeading')}</legend>
${input({ name: 'legalName', field: 'legalProfile.legalName', label: l('legalNameLabel'), value: values.legalName ?? organization.legalName, autocomplete: 'organization', errors })}
${input({ name: 'line1', field: 'legalProfile.address.line1', label: l('line1Label'), value: values.line1, autocomplete: 'address-line1', errors })}
${input({ name: 'city', field: 'legalProfile.address.city', label: l('cityLabel'), value: values.city, autocomplete: 'address-level2', errors })}
${input({ name: 'postalCode', field: 'legalProfile.address.postalCode', label: l('postalCodeLabel'), value: values.postalCode, autocomplete: 'postal-code', errors })}
<p>${l('countryLabel')}: <strong>${escapeHtml(organization.country)}</strong></p></fieldset>
<fieldset><legend>${l('contactHeading')}</legend>${contactFields(ctx, values, errors)}</fieldset>
<fieldset><legend>${l('supportHeading')}</legend>
${input({ name: 'supportEmail', field: 'support.email', label: l('supportEmailLabel'), type: 'email', value: values.supportEmail, errors })}
${input({ name: 'supportPhone', field: 'support.phone', label: l('supportPhoneLabel'), type: 'tel', value: values.supportPhone, errors })}
${input({ name: 'website', field: 'support.website', label: l('websiteLabel'), type: 'url', value: values.website, errors })}</fieldset>
<button type="submit">${l('startButton')}</button>`,
  )}`;
}

/**
 * The enrollment screen: the start form when there is none; else its steps and every action this user may
 * take now, each a small form posting to its own action (which renders this screen again with its outcome).
 */
export function enrollmentScreen(
  ctx: ScreenContext,
  organization: Organization,
  record: EnrollmentRecord | undefined,
  options: { notice?: string; errors?: FieldError[]; values?: Values; status?: number } = {},
): Reply {
  const l = (key: ConsoleKey) => ct(ctx.language, key);
  const errors = options.errors ?? [];
  const values = options.values ?? {};
  const manage = isGranted(ctx.member, 'enrollment:manage');
  const top = `${errorSummary(ctx.language, errors)}${options.notice ? `<div class="notice" role="status">${options.notice}</div>` : ''}`;
  const path = '/v1/console/enrollment';
  if (!record) {
    const body = manage ? startForm(ctx, organization, values, errors) : `<p>${l('nextWait')}</p>`;
    return consolePage(ctx, l('enrollmentTitle'), `${top}${body}`, path, options.status);
  }
  const { tasks, next, question } = enrollmentTasks(record, ctx.language, ctx.member.adminRole === 'GlobalAdmin');
  const parts = [
    `<dl class="facts"><dt>${l('stateLabel')}</dt><dd>${escapeHtml(enrollmentStateWords[ctx.language][record.state] ?? record.state)}</dd><dt>${l('contactEmailLabel')}</dt><dd>${escapeHtml(record.primaryContact?.email ?? '')}</dd></dl>`,
    `<div class="notice"><h2>${l('nextActionHeading')}</h2><p>${next}</p></div>`,
    taskList(ctx.language, tasks),
  ];
  if (manage && question !== undefined) {
    parts.push(
      `<h2 id="answer-heading">${l('answerHeading')}</h2><blockquote>${escapeHtml(question)}</blockquote>${consoleForm(
        ctx,
        '/v1/console/enrollment/inquiry-response',
        `<label for="answer">${l('answerLabel')}</label><textarea id="answer" name="answer" rows="5">${escapeHtml(values.answer ?? '')}</textarea><button type="submit">${l('answerButton')}</button>`,
      )}`,
    );
  }
  if (manage && !record.emailVerifiedAt && record.state === 'EmailVerificationPending') {
    parts.push(
      `<h2>${l('resendHeading')}</h2>${consoleForm(ctx, '/v1/console/enrollment/verification-email', `<button type="submit" class="secondary">${l('resendButton')}</button>`)}`,
    );
  }
  if (manage && correctableStates.includes(record.state)) {
    const contact = record.primaryContact;
    const shown: Values = {
      contactName: contact?.fullName,
      contactEmail: contact?.email,
      phone: contact?.phone,
      contactLanguage: contact?.language,
      ...values,
    };
    parts.push(
      `<h2>${l('correctHeading')}</h2><p>${l('correctIntro')}</p>${consoleForm(
        ctx,
        '/v1/console/enrollment/contact',
        `${contactFields(ctx, shown, errors)}<button type="submit">${l('correctButton')}</button>`,
      )}`,
    );
  }
  if (manage && record.state !== 'Active' && record.checks?.partnerId?.status !== 'Valid') {
    parts.push(
      `<h2 id="partnerId-heading">${l('partnerIdHeading')}</h2>${consoleForm(
        ctx,
        '/v1/console/enrollment/partner-id',
        `${input({ name: 'partnerId', label: l('partnerIdLabel'), hint: l('partnerIdHint'), value: values.partnerId ?? record.partnerId, errors })}<button type="submit">${l('partnerIdButton')}</button>`,
      )}`,
    );
  } else if (record.partnerId) {
    parts.push(
      `<h2>${l('partnerIdHeading')}</h2><p>${ct(ctx.language, 'partnerIdLinked', { partnerId: record.partnerId })}</p>`,
    );
  }
  if (record.state === 'AwaitingSignature' || record.state === 'Approved') {
    parts.push(
      `<h2>${l('agreementHeading')}</h2><p>${
        ctx.member.adminRole === 'GlobalAdmin'
          ? `<a href="/v1/pages/agreement?enrollmentId=${record.enrollmentId}&amp;lang=${ctx.language}">${l('agreementLink')}</a>`
          : l('agreementOnlyGlobal')
      }</p>`,
    );
  }
  return consolePage(ctx, l('enrollmentTitle'), `${top}${parts.join('\n')}`, path, options.status);
}
