import {
  consoleForm,
  consolePage,
  ct,
  type FieldError,
  feedback,
  input,
  type ScreenContext,
  word,
} from '#shared/console/layout';
import { type ConsoleKey, consoleMessages } from '#shared/console/messages';
import { listLeadRecords } from '#shared/customers/leads-store';
import type { Reply } from '#shared/http/handler';
import { escapeHtml } from '#shared/platform/html';
import { listMembers } from '#shared/users/members-store';

const sources = ['Marketing', 'Referral', 'Provider'] as const;

/** Leads (seed 000: sales and admin agents): the list, each to assign or to turn into a relationship request. */
export async function leadsScreen(
  ctx: ScreenContext,
  options: {
    errors?: FieldError[];
    notice?: string;
    status?: number;
    values?: Record<string, string | undefined>;
  } = {},
): Promise<Reply> {
  const l = (key: ConsoleKey) => ct(ctx.language, key);
  const m = consoleMessages[ctx.language];
  const [leads, users] = await Promise.all([
    listLeadRecords(ctx.member.organizationId, { limit: 100 }),
    listMembers(ctx.member.organizationId, { limit: 100 }),
  ]);
  const names = new Map(users.items.map((u) => [u.userId, u.fullName]));
  const rows = leads.items
    .map((lead) => {
      const assign = consoleForm(
        ctx,
        `/v1/console/leads/${lead.leadId}/assignment`,
        `<label for="user-${lead.leadId}" class="visually-hidden">${l('assignToLabel')}</label><select id="user-${lead.leadId}" name="userId">${users.items
          .map(
            (u) =>
              `<option value="${u.userId}"${u.userId === lead.assignedTo ? ' selected' : ''}>${escapeHtml(u.fullName)}</option>`,
          )
          .join('')}</select><button type="submit" class="secondary">${l('assignLeadButton')}</button>`,
      );
      const invite =
        lead.status === 'Invited'
          ? ''
          : consoleForm(
              ctx,
              `/v1/console/leads/${lead.leadId}/invitation`,
              `<button type="submit" class="secondary">${l('inviteLeadButton')}</button>`,
            );
      return `<tr><td>${escapeHtml(lead.companyName)}</td><td>${escapeHtml(lead.contactName)}<br>${escapeHtml(lead.contactEmail)}</td><td>${escapeHtml(lead.country)}</td><td>${escapeHtml(m[`source_${lead.source}`] ?? lead.source)}</td><td>${word(ctx.language, lead.status)}</td><td>${escapeHtml(names.get(lead.assignedTo ?? '') ?? '—')}</td><td>${assign}${invite}</td></tr>`;
    })
    .join('');
  const table = leads.items.length
    ? `<table><thead><tr><th scope="col">${l('colCompany')}</th><th scope="col">${l('colContact')}</th><th scope="col">${l('colCountry')}</th><th scope="col">${l('sourceLabel')}</th><th scope="col">${l('colStatus')}</th><th scope="col">${l('colAssignedTo')}</th><th scope="col"><span class="visually-hidden">${l('assignToLabel')}</span></th></tr></thead><tbody>${rows}</tbody></table>`
    : `<p>${l('noLeads')}</p>`;
  const values = options.values ?? {};
  const errors = options.errors ?? [];
  const add = `<h2>${l('addLeadHeading')}</h2>${consoleForm(
    ctx,
    '/v1/console/leads',
    `${input({ name: 'companyName', label: m.companyNameLabel, value: values.companyName, errors })}${input({ name: 'contactName', label: m.leadContactLabel, value: values.contactName, errors })}${input({ name: 'contactEmail', label: m.leadEmailLabel, value: values.contactEmail, type: 'email', errors })}${input({ name: 'country', label: m.countryLabel, hint: m.countryHint, value: values.country, errors })}<label for="source">${l('sourceLabel')}</label><select id="source" name="source">${sources
      .map(
        (s) => `<option value="${s}"${values.source === s ? ' selected' : ''}>${escapeHtml(m[`source_${s}`])}</option>`,
      )
      .join(
        '',
      )}</select><label for="notes">${l('notesLabel')}</label><textarea id="notes" name="notes" rows="3">${escapeHtml(values.notes ?? '')}</textarea><button type="submit">${l('addLeadButton')}</button>`,
  )}`;
  return consolePage(
    ctx,
    l('leadsTitle'),
    `${feedback(ctx.language, { errors, notice: options.notice })}${table}${add}`,
    '/v1/console/leads',
    options.status,
  );
}
