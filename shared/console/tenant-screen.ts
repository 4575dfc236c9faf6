import {
  consoleForm,
  consolePage,
  ct,
  type FieldError,
  feedback,
  type ScreenContext,
  word,
} from '#shared/console/layout';
import type { ConsoleKey } from '#shared/console/messages';
import { ledger } from '#shared/customers/relationships-store';
import { listSubscriptionPage } from '#shared/customers/subscriptions-store';
import type { Reply } from '#shared/http/handler';
import { formatDate } from '#shared/platform/email/render';
import { escapeHtml } from '#shared/platform/html';
import { isGranted } from '#shared/users/permissions';
import { listCustomerServiceRequests } from '#shared/users/service-requests-store';

/**
 * The customer's side (seed 002): every partner on its tenant with what it may do, and the removal of a
 * partner's admin permissions; its subscriptions, whoever sold them; the service requests opened for it.
 */
export async function tenantScreen(
  ctx: ScreenContext,
  options: { errors?: FieldError[]; notice?: string; status?: number } = {},
): Promise<Reply> {
  const l = (key: ConsoleKey) => ct(ctx.language, key);
  const organizationId = ctx.member.organizationId;
  const manage = isGranted(ctx.member, 'tenant:manage');
  const [partners, subscriptions, requests] = await Promise.all([
    manage ? ledger(organizationId) : undefined,
    listSubscriptionPage(organizationId, { limit: 100 }),
    listCustomerServiceRequests(organizationId, { limit: 50 }),
  ]);
  const date = (iso: string) => escapeHtml(formatDate(new Date(iso), ctx.language));
  const partnerRows = (partners?.items ?? [])
    .map(
      (p) =>
        `<tr><td>${escapeHtml(p.partnerName)}</td><td>${word(ctx.language, p.role)}</td><td>${l(p.delegatedAdmin ? 'yesWord' : 'noWord')}</td><td>${date(p.since)}</td><td>${
          p.delegatedAdmin
            ? consoleForm(
                ctx,
                `/v1/console/partner-relationships/${p.partnerId}/remove-admin-access`,
                `<button type="submit" class="secondary">${l('removeAdminPermissionsButton')}</button>`,
              )
            : ''
        }</td></tr>`,
    )
    .join('');
  const partnersSection = partners
    ? `<h2>${l('partnersOnTenantHeading')}</h2><p>${l('partnersOnTenantIntro')}</p>${
        partners.items.length
          ? `<table><thead><tr><th scope="col">${l('colPartner')}</th><th scope="col">${l('colRole')}</th><th scope="col">${l('colAdminPermissions')}</th><th scope="col">${l('colSince')}</th><th scope="col"><span class="visually-hidden">${l('removeAdminPermissionsButton')}</span></th></tr></thead><tbody>${partnerRows}</tbody></table>`
          : `<p>${l('noPartnersOnTenant')}</p>`
      }`
    : '';
  const subscriptionRows = subscriptions.items
    .map(
      (s) =>
        `<tr><td>${escapeHtml(s.offerName)}</td><td>${s.quantity}</td><td>${s.assigned}</td><td>${word(ctx.language, s.status)}</td></tr>`,
    )
    .join('');
  const subscriptionsSection = `<h2>${l('tenantSubscriptionsHeading')}</h2>${
    subscriptions.items.length
      ? `<table><thead><tr><th scope="col">${l('colOffer')}</th><th scope="col">${l('colQuantity')}</th><th scope="col">${l('colAssigned')}</th><th scope="col">${l('colStatus')}</th></tr></thead><tbody>${subscriptionRows}</tbody></table>`
      : `<p>${l('noSubscriptions')}</p>`
  }`;
  const requestRows = requests.items
    .map(
      (r) =>
        `<tr><td><a href="/v1/console/service-requests/${r.serviceRequestId}">${escapeHtml(r.title)}</a></td><td>${word(ctx.language, r.status)}</td><td>${date(r.createdAt)}</td></tr>`,
    )
    .join('');
  const requestsSection = `<h2>${l('tenantServiceRequestsHeading')}</h2>${
    requests.items.length
      ? `<table><thead><tr><th scope="col">${l('colTitle')}</th><th scope="col">${l('colStatus')}</th><th scope="col">${l('colOpened')}</th></tr></thead><tbody>${requestRows}</tbody></table>`
      : `<p>${l('noServiceRequests')}</p>`
  }`;
  const body = `${feedback(ctx.language, { errors: options.errors ?? [], notice: options.notice })}${partnersSection}${subscriptionsSection}${requestsSection}`;
  return consolePage(ctx, l('navPartnerRelationships'), body, '/v1/console/partner-relationships', options.status);
}
