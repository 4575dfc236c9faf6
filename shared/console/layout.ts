import { type ConsoleKey, consoleMessages, stateWords } from '#shared/console/messages';
import type { Reply } from '#shared/http/handler';
import { HttpError } from '#shared/platform/errors';
import { escapeHtml } from '#shared/platform/html';
import { page } from '#shared/platform/pages/render';
import type { Language } from '#shared/platform/schemas';
import type { Member } from '#shared/users/members-store';
import { isGranted, type Permission } from '#shared/users/permissions';

/** What every console screen knows: who is signed in, in which language, and the form's CSRF token. */
export interface ScreenContext {
  member: Member;
  language: Language;
  csrf: string;
  /** Set-Cookie values to send with the page (a new CSRF cookie). */
  cookies: string[];
}

/** A console message with `{name}` placeholders filled (and escaped). */
export function ct(language: Language, key: ConsoleKey, values: Record<string, string> = {}): string {
  return escapeHtml(consoleMessages[language][key]).replace(
    /\{(\w+)\}/g,
    (_m, name: string) => `<strong>${escapeHtml(values[name] ?? '')}</strong>`,
  );
}

const navigation: { key: ConsoleKey; href: string; permission: Permission }[] = [
  { key: 'navDashboard', href: '/v1/console', permission: 'self:read' },
  { key: 'navEnrollment', href: '/v1/console/enrollment', permission: 'enrollment:read' },
  { key: 'navUsers', href: '/v1/console/users', permission: 'users:read' },
  { key: 'navProviders', href: '/v1/console/indirect-providers', permission: 'providers:read' },
  { key: 'navResellers', href: '/v1/console/indirect-resellers', permission: 'providers:read' },
  { key: 'navCustomers', href: '/v1/console/customers', permission: 'customers:read' },
  { key: 'navLeads', href: '/v1/console/leads', permission: 'leads:manage' },
  { key: 'navServiceRequests', href: '/v1/console/service-requests', permission: 'support:read' },
  { key: 'navPartnerRelationships', href: '/v1/console/partner-relationships', permission: 'tenant:read' },
  { key: 'navDirectBill', href: '/v1/console/direct-bill', permission: 'directbill:manage' },
  { key: 'navProfile', href: '/v1/console/profile', permission: 'profile:read' },
  { key: 'navReviews', href: '/v1/console/operator/reviews', permission: 'operator:review' },
  { key: 'navOperatorDirectBill', href: '/v1/console/operator/direct-bill', permission: 'operator:review' },
  { key: 'navPartners', href: '/v1/console/operator/partners', permission: 'operator:reference-data' },
  { key: 'navReferenceData', href: '/v1/console/operator/reference-data', permission: 'operator:reference-data' },
  { key: 'navDeadEffects', href: '/v1/console/operator/dead-effects', permission: 'operator:operations' },
];

/** A hidden field list and the CSRF token: every console form posts them. */
export function consoleForm(
  ctx: ScreenContext,
  action: string,
  inner: string,
  fields: Record<string, string> = {},
): string {
  const hidden = Object.entries({ ...fields, csrf: ctx.csrf, lang: ctx.language })
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join('');
  return `<form method="post" action="${escapeHtml(action)}" novalidate>${hidden}${inner}</form>`;
}

/** A screen: the header (the screens this user may open, who is signed in, sign out), then its content. */
export function consolePage(ctx: ScreenContext, title: string, body: string, path: string, status = 200): Reply {
  const links = navigation
    .filter((item) => isGranted(ctx.member, item.permission))
    .map(
      (item) =>
        `<a href="${item.href}"${path.split('?')[0] === item.href ? ' aria-current="page"' : ''}>${ct(ctx.language, item.key)}</a>`,
    )
    .join('');
  const header = `<a class="skip" href="#main">${ct(ctx.language, 'skipLink')}</a><header class="bar"><span class="brand">${ct(ctx.language, 'appName')}</span><nav aria-label="${ct(ctx.language, 'appName')}">${links}</nav><span>${ct(ctx.language, 'signedInAs', { name: ctx.member.fullName })}</span>${consoleForm(ctx, '/v1/console/sign-out', `<button type="submit" class="secondary">${ct(ctx.language, 'signOut')}</button>`)}</header>`;
  return {
    status,
    html: page(ctx.language, title, body, path, { bodyClass: 'console', header }),
    cookies: ctx.cookies,
  };
}

/** A public console screen (sign-up, signed out): no header. */
export function publicPage(language: Language, title: string, body: string, path: string, status = 200): Reply {
  return { status, html: page(language, title, body, path, { bodyClass: 'console' }) };
}

export interface FieldError {
  field: string;
  message: string;
}

/** The GOV.UK error summary: what is wrong, each linked to its field. */
export function errorSummary(language: Language, errors: FieldError[]): string {
  if (errors.length === 0) return '';
  const items = errors
    .map((e) =>
      e.field
        ? `<li><a href="#${escapeHtml(fieldId(e.field))}">${escapeHtml(e.message)}</a></li>`
        : `<li>${escapeHtml(e.message)}</li>`,
    )
    .join('');
  return `<div class="summary" role="alert" tabindex="-1"><h2>${ct(language, 'errorSummaryTitle')}</h2><ul>${items}</ul></div>`;
}

/** The id of a field's input, from its dotted name. */
export const fieldId = (name: string) => name.replace(/[^\w]/g, '-');

/** One labelled input, with its hint and its error. */
export function input(options: {
  name: string;
  /** The field's path in the API's schema, when it differs from the form's name (what errors name). */
  field?: string;
  label: string;
  value?: string;
  hint?: string;
  type?: string;
  autocomplete?: string;
  errors?: FieldError[];
}): string {
  const field = options.field ?? options.name;
  const id = fieldId(field);
  const error = options.errors?.find((e) => e.field === field);
  const described = [options.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return `<label for="${id}">${escapeHtml(options.label)}</label>${options.hint ? `<p class="hint" id="${id}-hint">${escapeHtml(options.hint)}</p>` : ''}${
    error ? `<p class="error" id="${id}-error">${escapeHtml(error.message)}</p>` : ''
  }<input type="${options.type ?? 'text'}" id="${id}" name="${escapeHtml(options.name)}" value="${escapeHtml(options.value ?? '')}"${
    options.autocomplete ? ` autocomplete="${options.autocomplete}"` : ''
  }${described ? ` aria-describedby="${described}"` : ''}${error ? ' aria-invalid="true"' : ''}>`;
}

/** Radio choices in a fieldset, each with its description (the roles). */
export function radios(options: {
  name: string;
  legend: string;
  choices: { value: string; label: string; hint?: string }[];
  value?: string;
}): string {
  const items = options.choices
    .map((choice, i) => {
      const id = `${fieldId(options.name)}-${i}`;
      return `<div class="check"><input type="radio" id="${id}" name="${escapeHtml(options.name)}" value="${escapeHtml(choice.value)}"${
        choice.value === options.value ? ' checked' : ''
      }${choice.hint ? ` aria-describedby="${id}-hint"` : ''}><label for="${id}">${escapeHtml(choice.label)}${
        choice.hint ? `<span class="hint" id="${id}-hint"> — ${escapeHtml(choice.hint)}</span>` : ''
      }</label></div>`;
    })
    .join('');
  return `<fieldset><legend>${escapeHtml(options.legend)}</legend>${items}</fieldset>`;
}

export type TaskStatus = 'done' | 'progress' | 'todo' | 'cannot' | 'action' | 'stopped';
const statusKey: Record<TaskStatus, ConsoleKey> = {
  done: 'statusDone',
  progress: 'statusInProgress',
  todo: 'statusToDo',
  cannot: 'statusCannot',
  action: 'statusAction',
  stopped: 'statusStopped',
};

/** The GOV.UK task list: each step with its status, linked where the user can act. */
export function taskList(
  language: Language,
  tasks: { label: string; status: TaskStatus; href?: string; detail?: string }[],
) {
  const items = tasks
    .map((task) => {
      const label = task.href
        ? `<a href="${escapeHtml(task.href)}">${escapeHtml(task.label)}</a>`
        : escapeHtml(task.label);
      const css =
        task.status === 'done'
          ? 'done'
          : task.status === 'action'
            ? 'action'
            : task.status === 'progress'
              ? 'progress'
              : '';
      return `<li><span>${label}${task.detail ? `<br><span class="hint">${task.detail}</span>` : ''}</span><strong class="tag ${css}">${ct(language, statusKey[task.status])}</strong></li>`;
    })
    .join('');
  return `<ol class="tasks">${items}</ol>`;
}

/** The field errors a refused action carries: a validation's fields, or the refusal itself as one message. */
export function errorsOf(error: unknown, labels: Record<string, string> = {}): FieldError[] {
  if (!(error instanceof HttpError) || !error.expose) throw error;
  const fields = (error.extensions.errors ?? []) as { field: string; message: string }[];
  if (fields.length > 0)
    return fields.map((f) => ({ field: f.field, message: `${labels[f.field] ?? f.field}: ${f.message}` }));
  return [{ field: '', message: error.message }];
}

/** A search box that reloads the screen with `q` (and keeps the language). */
export function searchForm(ctx: ScreenContext, action: string, q: string | undefined): string {
  return `<form method="get" action="${action}" role="search"><label for="q">${ct(ctx.language, 'searchLabel')}</label><input type="search" id="q" name="q" value="${escapeHtml(q ?? '')}"><input type="hidden" name="lang" value="${ctx.language}"><button type="submit" class="secondary">${ct(ctx.language, 'searchButton')}</button></form>`;
}

/** What an action's outcome says above a screen: the error summary, or the notice (a status region). */
export function feedback(language: Language, options: { errors?: FieldError[]; notice?: string }): string {
  return `${errorSummary(language, options.errors ?? [])}${options.notice ? `<div class="notice" role="status">${options.notice}</div>` : ''}`;
}

/** A state or side the data holds, in the screen's language (escaped); an unknown one as it is. */
export function word(language: Language, value: string): string {
  return escapeHtml(stateWords[language][value] ?? value);
}
