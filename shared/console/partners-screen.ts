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
import type { ConsoleKey } from '#shared/console/messages';
import { listTransitionsTo } from '#shared/direct-bill/transitions-store';
import type { Reply } from '#shared/http/handler';
import { searchDirectory } from '#shared/partners/directory-store';
import { linkView, listLinks } from '#shared/partners/links-store';
import { regionOf } from '#shared/partners/regions';
import { escapeHtml } from '#shared/platform/html';
import { getOrganization } from '#shared/users/organizations-store';
import { isGranted } from '#shared/users/permissions';

type View = ReturnType<typeof linkView>;
type Options = { errors?: FieldError[]; notice?: string; status?: number; values?: Record<string, string | undefined> };

function access(ctx: ScreenContext, link: View): string {
  const grants = [
    link.grants.adminAccess ? ct(ctx.language, 'grantAdmin') : '',
    link.grants.submitOrders ? ct(ctx.language, 'grantOrders') : '',
  ]
    .filter(Boolean)
    .join(', ');
  return grants || ct(ctx.language, 'grantNone');
}

function linkTable(
  ctx: ScreenContext,
  from: 'providers' | 'resellers',
  links: View[],
  actions: (link: View) => [string, ConsoleKey][],
): string {
  if (links.length === 0) return `<p>${ct(ctx.language, 'noLinks')}</p>`;
  const manage = isGranted(ctx.member, 'providers:manage');
  const rows = links
    .map((link) => {
      const buttons = manage
        ? actions(link)
            .map(
              ([action, label]) =>
                `<button type="submit" name="action" value="${action}" class="secondary">${ct(ctx.language, label)}</button>`,
            )
            .join('')
        : '';
      const form = buttons ? consoleForm(ctx, `/v1/console/partner-links/${link.id}`, buttons, { from }) : '';
      return `<tr><td>${escapeHtml(link.name)}<br><span class="hint">${escapeHtml(link.partnerId ?? '')} ${escapeHtml(link.location)}</span></td><td>${escapeHtml(link.state)}</td><td>${access(ctx, link)}</td><td>${form}</td></tr>`;
    })
    .join('');
  return `<table><thead><tr><th scope="col">${ct(ctx.language, 'colName')}</th><th scope="col">${ct(ctx.language, 'colState')}</th><th scope="col">${ct(ctx.language, 'colAccess')}</th><th scope="col"><span class="skip">${ct(ctx.language, 'colState')}</span></th></tr></thead><tbody>${rows}</tbody></table>`;
}

const top = (ctx: ScreenContext, options: Options) =>
  `${errorSummary(ctx.language, options.errors ?? [])}${options.notice ? `<div class="notice" role="status">${options.notice}</div>` : ''}`;

/** Indirect providers (a reseller's view): its providers, their access, and the directory of its region. */
export async function providersScreen(
  ctx: ScreenContext,
  q: string | undefined,
  options: Options = {},
): Promise<Reply> {
  const organization = await getOrganization(ctx.member.organizationId);
  const region = organization ? regionOf(organization.country) : undefined;
  const [links, directory] = await Promise.all([
    listLinks(ctx.member.organizationId, 'providers', { limit: 100 }),
    region ? searchDirectory(region.regionId, { q, limit: 25 }) : Promise.resolve({ items: [] }),
  ]);
  const views = links.items.map((link) => linkView(link, 'reseller'));
  const table = linkTable(ctx, 'providers', views, (link) =>
    link.state === 'Ended'
      ? []
      : [
          ...(link.grants.adminAccess ? [['removeAdminAccess', 'removeAdminButton'] as [string, ConsoleKey]] : []),
          ['end', 'endButton'],
        ],
  );
  const found = directory.items.length
    ? `<ul>${directory.items.map((p) => `<li>${escapeHtml(p.name)} <span class="hint">${escapeHtml(p.partnerId ?? '')}</span></li>`).join('')}</ul>`
    : `<p>${ct(ctx.language, 'noProviders')}</p>`;
  const search = searchForm(ctx, '/v1/console/indirect-providers', q);
  return consolePage(
    ctx,
    ct(ctx.language, 'navProviders'),
    `${top(ctx, options)}${table}<h2>${ct(ctx.language, 'directoryHeading')}${region ? ` (${escapeHtml(region.name)})` : ''}</h2><p>${ct(ctx.language, 'directoryIntro')}</p>${search}${found}`,
    '/v1/console/indirect-providers',
    options.status,
  );
}

/** Indirect resellers (a provider's view): its resellers with suspend, resume and end, and the invitation form. */
export async function resellersScreen(ctx: ScreenContext, options: Options = {}): Promise<Reply> {
  const links = await listLinks(ctx.member.organizationId, 'resellers', { limit: 100 });
  const views = links.items.map((link) => linkView(link, 'provider'));
  const table = linkTable(ctx, 'resellers', views, (link) =>
    link.state === 'Active'
      ? [
          ['suspend', 'suspendButton'],
          ['end', 'endButton'],
        ]
      : link.state === 'Suspended'
        ? [
            ...(link.suspendedBy === 'Provider' ? [['resume', 'resumeButton'] as [string, ConsoleKey]] : []),
            ['end', 'endButton'],
          ]
        : [],
  );
  const values = options.values ?? {};
  const errors = options.errors ?? [];
  const invite = isGranted(ctx.member, 'providers:invite')
    ? `<h2>${ct(ctx.language, 'inviteResellerHeading')}</h2>${consoleForm(
        ctx,
        '/v1/console/indirect-resellers',
        `${input({ name: 'email', label: ct(ctx.language, 'resellerEmailLabel'), type: 'email', value: values.email, errors })}
${input({ name: 'partnerId', label: ct(ctx.language, 'resellerPartnerIdLabel'), value: values.partnerId, errors })}
<button type="submit">${ct(ctx.language, 'inviteButton')}</button>`,
      )}`
    : '';
  const waiting = isGranted(ctx.member, 'providers:accept')
    ? (await listTransitionsTo(ctx.member.organizationId)).filter((t) =>
        t.steps.some((s) => s.step === 'ProviderAccepts' && s.state === 'Pending'),
      )
    : [];
  const partners = await Promise.all(waiting.map((t) => getOrganization(t.organizationId)));
  const transitions = waiting.length
    ? `<h2>${ct(ctx.language, 'transitionsToYouHeading')}</h2><p>${ct(ctx.language, 'transitionsToYouIntro')}</p><ul>${waiting
        .map(
          (t, i) =>
            `<li>${escapeHtml(partners[i]?.legalName ?? t.organizationId)} ${consoleForm(
              ctx,
              `/v1/console/direct-bill/transitions/${t.organizationId}/accept`,
              `<button type="submit" class="secondary">${ct(ctx.language, 'acceptTransitionButton')}</button>`,
            )}</li>`,
        )
        .join('')}</ul>`
    : '';
  return consolePage(
    ctx,
    ct(ctx.language, 'navResellers'),
    `${top(ctx, options)}${table}${transitions}${invite}`,
    '/v1/console/indirect-resellers',
    options.status,
  );
}
