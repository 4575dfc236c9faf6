import {
  consoleForm,
  consolePage,
  ct,
  errorSummary,
  type FieldError,
  input,
  radios,
  type ScreenContext,
  searchForm,
} from '#shared/console/layout';
import { type ConsoleKey, languageNames, roleDescriptions } from '#shared/console/messages';
import type { Reply } from '#shared/http/handler';
import { escapeHtml } from '#shared/platform/html';
import { languages } from '#shared/platform/schemas';
import type { Member } from '#shared/users/members-store';
import { isGranted } from '#shared/users/permissions';
import { adminRoles, agentRoles } from '#shared/users/roles';

type Values = Record<string, string | undefined>;

export const userLabels = (ctx: ScreenContext): Record<string, string> => ({
  fullName: ct(ctx.language, 'fullNameLabel'),
  email: ct(ctx.language, 'emailLabel'),
  agentRole: ct(ctx.language, 'agentRoleLabel'),
  adminRole: ct(ctx.language, 'adminRoleLabel'),
});

const roleName = (ctx: ScreenContext, role: keyof (typeof roleDescriptions)['en']) =>
  roleDescriptions[ctx.language][role].name;

/** The role choices with the seed's description beside each one. */
export function roleFields(ctx: ScreenContext, values: { agentRole?: string; adminRole?: string }): string {
  const choices = (roles: readonly (keyof (typeof roleDescriptions)['en'])[]) =>
    roles.map((role) => ({
      value: role,
      label: roleDescriptions[ctx.language][role].name,
      hint: roleDescriptions[ctx.language][role].description,
    }));
  return `${radios({ name: 'agentRole', legend: ct(ctx.language, 'agentRoleLabel'), choices: choices(agentRoles), value: values.agentRole ?? 'NotAnAgent' })}
${radios({ name: 'adminRole', legend: ct(ctx.language, 'adminRoleLabel'), choices: choices(adminRoles), value: values.adminRole ?? 'NotAnAdmin' })}`;
}

/** Account settings > User management: the users (searchable), and the form to add one. */
export function userManagementScreen(
  ctx: ScreenContext,
  users: Member[],
  options: { q?: string; errors?: FieldError[]; values?: Values; notice?: string; status?: number } = {},
): Reply {
  const l = (key: ConsoleKey) => ct(ctx.language, key);
  const errors = options.errors ?? [];
  const values = options.values ?? {};
  const manage = isGranted(ctx.member, 'users:manage');
  const rows = users
    .map(
      (user) =>
        `<tr><td>${manage ? `<a href="/v1/console/users/${user.userId}">${escapeHtml(user.fullName)}</a>` : escapeHtml(user.fullName)}</td><td>${escapeHtml(user.email)}</td><td>${escapeHtml(roleName(ctx, user.agentRole))}, ${escapeHtml(roleName(ctx, user.adminRole))}</td><td>${escapeHtml(user.status)}</td></tr>`,
    )
    .join('');
  const table = users.length
    ? `<table><caption class="hint">${l('usersTitle')}</caption><thead><tr><th scope="col">${l('colName')}</th><th scope="col">${l('colEmail')}</th><th scope="col">${l('colRoles')}</th><th scope="col">${l('colStatus')}</th></tr></thead><tbody>${rows}</tbody></table>`
    : `<p>${l('noUsersFound')}</p>`;
  const search = searchForm(ctx, '/v1/console/users', options.q);
  const languageOptions = languages
    .map(
      (code) =>
        `<option value="${code}"${(values.language ?? ctx.language) === code ? ' selected' : ''}>${languageNames[code]}</option>`,
    )
    .join('');
  const add = manage
    ? `<h2 id="add">${l('addUserHeading')}</h2>${consoleForm(
        ctx,
        '/v1/console/users',
        `${input({ name: 'fullName', label: l('fullNameLabel'), value: values.fullName, autocomplete: 'off', errors })}
${input({ name: 'email', label: l('emailLabel'), type: 'email', value: values.email, autocomplete: 'off', errors })}
<label for="language">${l('languageLabel')}</label><select id="language" name="language">${languageOptions}</select>
${roleFields(ctx, values)}<button type="submit">${l('addUserButton')}</button>`,
      )}`
    : '';
  return consolePage(
    ctx,
    l('usersTitle'),
    `${errorSummary(ctx.language, errors)}${options.notice ? `<div class="notice" role="status">${options.notice}</div>` : ''}${search}${table}${add}`,
    '/v1/console/users',
    options.status,
  );
}

/** One user: the roles form (conditional on the version shown) and the removal. */
export function userScreen(
  ctx: ScreenContext,
  user: Member,
  options: { errors?: FieldError[]; notice?: string; status?: number } = {},
): Reply {
  const l = (key: ConsoleKey) => ct(ctx.language, key);
  const version = { version: String(user.version) };
  const body = `${errorSummary(ctx.language, options.errors ?? [])}${options.notice ? `<div class="notice" role="status">${options.notice}</div>` : ''}
<dl class="facts"><dt>${l('colEmail')}</dt><dd>${escapeHtml(user.email)}</dd><dt>${l('colStatus')}</dt><dd>${escapeHtml(user.status)}</dd></dl>
<h2>${l('rolesHeading')}</h2>${consoleForm(ctx, `/v1/console/users/${user.userId}/roles`, `${roleFields(ctx, user)}<button type="submit">${l('rolesButton')}</button>`, version)}
<h2>${l('removeHeading')}</h2><p>${ct(ctx.language, 'removeIntro', { name: user.fullName })}</p>${consoleForm(ctx, `/v1/console/users/${user.userId}/remove`, `<button type="submit" class="secondary">${l('removeButton')}</button>`, version)}
<p><a href="/v1/console/users">${l('backToUsers')}</a></p>`;
  return consolePage(ctx, escapeHtml(user.fullName), body, `/v1/console/users/${user.userId}`, options.status);
}

/**
 * A user just added: the temporary password on this page only (never stored, never shown again), with a
 * warning and a copy button; or, when the new user chooses its own, a line saying the link is on its way.
 */
export function userAddedScreen(
  ctx: ScreenContext,
  member: { fullName: string; email: string },
  temporaryPassword: string | undefined,
  back: { href: string; label: string },
): Reply {
  const l = (key: ConsoleKey, values?: Record<string, string>) => ct(ctx.language, key, values);
  const password = temporaryPassword
    ? `<div class="warning">${l('tempPasswordWarning', { name: member.fullName })}</div>
<label for="temporary-password">${l('tempPasswordLabel')}</label><input type="text" id="temporary-password" class="secret" readonly value="${escapeHtml(temporaryPassword)}">
<button type="button" class="secondary" data-copy="temporary-password" hidden>${l('copyButton')}</button>`
    : `<p>${l('passwordByEmail', { name: member.fullName })}</p>`;
  return consolePage(
    ctx,
    l('userAddedTitle'),
    `<p>${escapeHtml(member.fullName)} (${escapeHtml(member.email)})</p>${password}<p><a href="${back.href}">${back.label}</a></p>`,
    back.href,
    201,
  );
}
