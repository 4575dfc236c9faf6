import {
  consoleForm,
  consolePage,
  ct,
  errorSummary,
  type FieldError,
  input,
  type ScreenContext,
  searchForm,
} from '#shared/console/layout';
import { listRelationships } from '#shared/customers/relationships-store';
import type { Reply } from '#shared/http/handler';
import { linkView, listLinks } from '#shared/partners/links-store';
import { escapeHtml } from '#shared/platform/html';
import { isGranted } from '#shared/users/permissions';

/** Customers: the list (searchable) and Request a reseller relationship (combined with a provider if chosen). */
export async function customersScreen(
  ctx: ScreenContext,
  q: string | undefined,
  options: { errors?: FieldError[]; status?: number; values?: Record<string, string | undefined> } = {},
): Promise<Reply> {
  const l = (key: Parameters<typeof ct>[1]) => ct(ctx.language, key);
  const [customers, providers] = await Promise.all([
    listRelationships(ctx.member.organizationId, { q, limit: 100 }),
    listLinks(ctx.member.organizationId, 'providers', { limit: 100 }),
  ]);
  const rows = customers.items
    .map(
      (c) =>
        `<tr><td><a href="/v1/console/customers/${c.customerId}">${escapeHtml(c.customerName)}</a></td><td>${escapeHtml(c.domain ?? '')}</td><td>${escapeHtml(c.role)}${c.delegatedAdmin ? `, ${l('grantAdmin')}` : ''}</td></tr>`,
    )
    .join('');
  const table = customers.items.length
    ? `<table><thead><tr><th scope="col">${l('colCustomer')}</th><th scope="col">${l('colDomain')}</th><th scope="col">${l('colRole')}</th></tr></thead><tbody>${rows}</tbody></table>`
    : `<p>${l('noCustomers')}</p>`;
  const search = searchForm(ctx, '/v1/console/customers', q);
  const active = providers.items.map((link) => linkView(link, 'reseller')).filter((link) => link.state === 'Active');
  const values = options.values ?? {};
  const errors = options.errors ?? [];
  const request = isGranted(ctx.member, 'customers:invite')
    ? `<h2>${l('requestRelationshipHeading')}</h2>${consoleForm(
        ctx,
        '/v1/console/customers',
        `<div class="check"><input type="checkbox" id="delegatedAdmin" name="delegatedAdmin" value="yes"${values.delegatedAdmin ? ' checked' : ''}><label for="delegatedAdmin">${l('delegatedAdminLabel')}</label></div>
${input({ name: 'customerCountry', label: l('customerCountryLabel'), hint: l('countryHint'), value: values.customerCountry, errors })}
<label for="providerId">${l('providerLabel')}</label><select id="providerId" name="providerId"><option value="">${l('noneOption')}</option>${active
          .map(
            (p) =>
              `<option value="${p.id}"${values.providerId === p.id ? ' selected' : ''}>${escapeHtml(p.name)}</option>`,
          )
          .join('')}</select>
<button type="submit">${l('createRequestButton')}</button>`,
      )}`
    : '';
  return consolePage(
    ctx,
    l('customersTitle'),
    `${errorSummary(ctx.language, errors)}${search}${table}${request}`,
    '/v1/console/customers',
    options.status,
  );
}
