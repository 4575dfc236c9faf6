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
import { listOfferRecords } from '#shared/customers/offers-store';
import { customerRecord } from '#shared/customers/record';
import type { SubscriptionRecord } from '#shared/customers/subscriptions-store';
import type { Reply } from '#shared/http/handler';
import { newId } from '#shared/platform/crypto';
import { escapeHtml } from '#shared/platform/html';
import { listMembers } from '#shared/users/members-store';
import { getOrganization } from '#shared/users/organizations-store';
import { isGranted } from '#shared/users/permissions';

export interface CustomerScreenOptions {
  errors?: FieldError[];
  notice?: string;
  status?: number;
  values?: Record<string, string | undefined>;
}

/**
 * One customer (seed 000's expanded record): its account, the subscriptions this partner sold, the licenses,
 * an order on its behalf (a new subscription or more licenses, priced in its currency), and, with admin
 * permissions, its users and their licenses.
 */
export async function customerScreen(
  ctx: ScreenContext,
  customerId: string,
  options: CustomerScreenOptions = {},
): Promise<Reply> {
  const l = (key: ConsoleKey, values?: Record<string, string>) => ct(ctx.language, key, values);
  const record = await customerRecord(ctx.member, customerId);
  const path = `/v1/console/customers/${customerId}`;
  const errors = options.errors ?? [];
  const money = (amount: number) =>
    new Intl.NumberFormat(ctx.language, { style: 'currency', currency: record.account.currency ?? 'USD' }).format(
      amount,
    );
  const reseller =
    record.role === 'IndirectProvider'
      ? ((await getOrganization(record.resellerOfRecord))?.legalName ?? record.resellerOfRecord)
      : undefined;
  const account = `<h2>${l('accountHeading')}</h2><dl class="facts"><dt>${l('colCountry')}</dt><dd>${escapeHtml(record.account.country)}</dd><dt>${l('colCurrency')}</dt><dd>${escapeHtml(record.account.currency ?? '')}</dd><dt>${l('colDomain')}</dt><dd>${escapeHtml(record.domain ?? '—')}</dd><dt>${l('colRelationship')}</dt><dd>${
    reseller ? l('relationshipIndirectProvider', { reseller }) : l('relationshipDirect')
  }${record.delegatedAdmin ? `, ${l('grantAdmin')}` : ''}</dd></dl>`;
  const rows = record.subscriptions
    .map(
      (s) =>
        `<tr><td>${escapeHtml(s.offerName)}</td><td>${s.quantity}</td><td>${s.assigned}</td><td>${word(ctx.language, s.status)}</td></tr>`,
    )
    .join('');
  const subscriptions = `<h2>${l('subscriptionsHeading')}</h2>${
    record.subscriptions.length
      ? `<table><thead><tr><th scope="col">${l('colOffer')}</th><th scope="col">${l('colQuantity')}</th><th scope="col">${l('colAssigned')}</th><th scope="col">${l('colStatus')}</th></tr></thead><tbody>${rows}</tbody></table><p>${l(
          'licensesSummary',
          { assigned: String(record.licenses.assigned), purchased: String(record.licenses.purchased) },
        )}</p>`
      : `<p>${l('noSubscriptions')}</p>`
  }`;
  const order = isGranted(ctx.member, 'orders:submit')
    ? await orderForm(ctx, path, record.account.currency, record.subscriptions, money, options.values ?? {}, errors)
    : `<h2>${l('orderHeading')}</h2><p>${l('cannotOrder')}</p>`;
  const users = isGranted(ctx.member, 'customers:administer')
    ? await usersSection(
        ctx,
        path,
        customerId,
        record.delegatedAdmin,
        record.subscriptions,
        options.values ?? {},
        errors,
      )
    : '';
  const body = `${feedback(ctx.language, { errors: errors, notice: options.notice })}${account}${subscriptions}${order}${users}<p><a href="/v1/console/customers">${l('backToCustomers')}</a></p>`;
  return consolePage(ctx, escapeHtml(record.customerName), body, path, options.status);
}

/** One line: a new subscription of an offer sold in the customer's market, or more licenses for one of ours. */
async function orderForm(
  ctx: ScreenContext,
  path: string,
  currency: string | undefined,
  subscriptions: SubscriptionRecord[],
  money: (amount: number) => string,
  values: Record<string, string | undefined>,
  errors: FieldError[],
): Promise<string> {
  const l = (key: ConsoleKey, v?: Record<string, string>) => ct(ctx.language, key, v);
  const offers = (await listOfferRecords()).filter((offer) => currency && offer.prices[currency] !== undefined);
  const option = (value: string, label: string) =>
    `<option value="${escapeHtml(value)}"${values.line === value ? ' selected' : ''}>${escapeHtml(label)}</option>`;
  const select = `<label for="line">${l('orderLineLabel')}</label><select id="line" name="line"><optgroup label="${l('newSubscriptionGroup')}">${offers
    .map((offer) => option(`offer:${offer.offerId}`, `${offer.name} (${money(offer.prices[currency!]!)})`))
    .join('')}</optgroup>${
    subscriptions.length
      ? `<optgroup label="${l('addLicensesGroup')}">${subscriptions
          .map((s) => option(`subscription:${s.subscriptionId}`, `${s.offerName} (${s.quantity})`))
          .join('')}</optgroup>`
      : ''
  }</select>`;
  // the form's own key: the same form sent twice (a double click, a resend after a timeout) orders once
  return `<h2>${l('orderHeading')}</h2><p>${l('orderIntro', { currency: currency ?? '' })}</p>${consoleForm(
    ctx,
    `${path}/orders`,
    `${select}${input({ name: 'quantity', label: ct(ctx.language, 'quantityLabel'), value: values.quantity ?? '1', type: 'number', errors })}<button type="submit">${l('placeOrderButton')}</button>`,
    { orderKey: newId() },
  )}`;
}

/** With admin permissions: the customer's users and their licenses, assigned or removed one at a time. */
async function usersSection(
  ctx: ScreenContext,
  path: string,
  customerId: string,
  delegatedAdmin: boolean,
  subscriptions: SubscriptionRecord[],
  values: Record<string, string | undefined>,
  errors: FieldError[],
): Promise<string> {
  const l = (key: ConsoleKey) => ct(ctx.language, key);
  if (!delegatedAdmin) return `<h2>${l('customerUsersHeading')}</h2><p>${l('noDelegatedAdmin')}</p>`;
  const users = await listMembers(customerId, { limit: 50 });
  const names = new Map(subscriptions.map((s) => [s.subscriptionId, s.offerName]));
  const rows = users.items
    .map((user) => {
      const licenses = (user.licenses ?? []).map((id) => escapeHtml(names.get(id) ?? id)).join(', ');
      const form = subscriptions.length
        ? consoleForm(
            ctx,
            `${path}/users/${user.userId}/licenses`,
            `<label for="sub-${user.userId}">${l('subscriptionLabel')}</label><select id="sub-${user.userId}" name="subscriptionId">${subscriptions
              .map((s) => `<option value="${s.subscriptionId}">${escapeHtml(s.offerName)}</option>`)
              .join(
                '',
              )}</select><button type="submit" name="action" value="assign" class="secondary">${l('assignButton')}</button><button type="submit" name="action" value="remove" class="secondary">${l('unassignButton')}</button>`,
          )
        : '';
      return `<tr><td>${escapeHtml(user.fullName)}</td><td>${escapeHtml(user.email)}</td><td>${licenses || '—'}</td><td>${form}</td></tr>`;
    })
    .join('');
  const add = `<h3>${l('addCustomerUserHeading')}</h3>${consoleForm(
    ctx,
    `${path}/users`,
    `${input({ name: 'fullName', label: consoleMessages[ctx.language].fullNameLabel, value: values.fullName, errors })}${input({ name: 'email', label: consoleMessages[ctx.language].emailLabel, value: values.email, type: 'email', errors })}<button type="submit">${l('addUserButton')}</button>`,
  )}`;
  return `<h2>${l('customerUsersHeading')}</h2><table><thead><tr><th scope="col">${l('colName')}</th><th scope="col">${l('colEmail')}</th><th scope="col">${l('colLicenses')}</th><th scope="col"><span class="visually-hidden">${l('subscriptionLabel')}</span></th></tr></thead><tbody>${rows}</tbody></table>${add}`;
}
