import { consoleForm, consolePage, ct, type FieldError, feedback, type ScreenContext } from '#shared/console/layout';
import type { ConsoleKey } from '#shared/console/messages';
import { listEnrollmentsInState } from '#shared/enrollment/store';
import type { Reply } from '#shared/http/handler';
import { regions } from '#shared/partners/regions';
import { toDeadEffect } from '#shared/platform/effect-schemas';
import { eventsInEffectState } from '#shared/platform/effects';
import { formatDateTime } from '#shared/platform/email/render';
import { escapeHtml } from '#shared/platform/html';
import { getOrganization, partnerIdOwner } from '#shared/users/organizations-store';

interface Options {
  errors?: FieldError[];
  notice?: string;
  status?: number;
}

const top = (ctx: ScreenContext, options: Options) => feedback(ctx.language, options);

/** The operators' failed effects: each event parked after a day of retries, what failed and why, and Send again. */
export async function deadEffectsScreen(ctx: ScreenContext, options: Options = {}): Promise<Reply> {
  const l = (key: ConsoleKey) => ct(ctx.language, key);
  const dead = (await eventsInEffectState('Dead', { limit: 50 })).items.map(toDeadEffect);
  const rows = dead
    .map(
      (effect) =>
        `<tr><td>${escapeHtml(effect.type)}</td><td>${escapeHtml(formatDateTime(new Date(effect.occurredAt), ctx.language))}</td><td>${effect.attempts}</td><td>${escapeHtml(effect.failedEffect ?? '')}</td><td>${escapeHtml(effect.lastError ?? '')}</td><td>${consoleForm(
          ctx,
          `/v1/console/operator/dead-effects/${effect.eventId}/redrive`,
          `<button type="submit" class="secondary">${l('redriveButton')}</button>`,
        )}</td></tr>`,
    )
    .join('');
  const table = dead.length
    ? `<table><thead><tr><th scope="col">${l('colEvent')}</th><th scope="col">${l('colOccurred')}</th><th scope="col">${l('colAttempts')}</th><th scope="col">${l('colFailedEffect')}</th><th scope="col">${l('colLastError')}</th><th scope="col"><span class="visually-hidden">${l('redriveButton')}</span></th></tr></thead><tbody>${rows}</tbody></table>`
    : `<p>${l('noDeadEffects')}</p>`;
  return consolePage(
    ctx,
    l('deadEffectsTitle'),
    `${top(ctx, options)}<p>${l('deadEffectsIntro')}</p>${table}`,
    '/v1/console/operator/dead-effects',
    options.status,
  );
}

/** The operators' active partners, the 50 newest first, each with the regions to designate it an indirect provider for. */
export async function operatorPartnersScreen(
  ctx: ScreenContext,
  /** One partner (by PartnerID, or the one just acted on), else the newest. */
  options: Options & { partnerId?: string; organizationId?: string } = {},
): Promise<Reply> {
  const l = (key: ConsoleKey) => ct(ctx.language, key);
  const partnerId = options.partnerId?.trim();
  const ids = options.organizationId
    ? [options.organizationId]
    : partnerId
      ? [await partnerIdOwner(partnerId)].filter((id): id is string => id !== undefined)
      : (await listEnrollmentsInState('Active', { limit: 50, newestFirst: true })).items.map((e) => e.organizationId);
  const organizations = await Promise.all(ids.map((id) => getOrganization(id)));
  const search = `<form method="get" action="/v1/console/operator/partners" role="search"><label for="partnerId">${l('partnerIdLabel')}</label><input type="search" id="partnerId" name="partnerId" value="${escapeHtml(partnerId ?? '')}"><input type="hidden" name="lang" value="${ctx.language}"><button type="submit" class="secondary">${l('searchButton')}</button></form>`;
  const items = organizations
    .flatMap((organization) => (organization ? [organization] : []))
    .map((organization) => {
      const id = organization.organizationId;
      const programs = Object.entries(organization.programs)
        .map(([name, program]) => `${name}: ${program?.status}`)
        .join(', ');
      const choices = regions
        .map(
          (region) =>
            `<div class="check"><input type="checkbox" id="region-${id}-${region.regionId}" name="regions" value="${region.regionId}"><label for="region-${id}-${region.regionId}">${escapeHtml(region.name)}</label></div>`,
        )
        .join('');
      return `<div class="review"><h2>${escapeHtml(organization.legalName)}</h2><p>${l('colPrograms')}: ${escapeHtml(programs)}</p>${
        organization.programs.IndirectProvider?.status === 'Active'
          ? ''
          : consoleForm(
              ctx,
              `/v1/console/operator/partners/${id}/indirect-provider`,
              `<fieldset><legend>${l('regionsLegend')}</legend>${choices}</fieldset><button type="submit">${l('designateButton')}</button>`,
            )
      }</div>`;
    })
    .join('');
  return consolePage(
    ctx,
    l('operatorPartnersTitle'),
    `${top(ctx, options)}<p>${l('operatorPartnersIntro')}</p>${search}${items || `<p>${l('noActivePartners')}</p>`}`,
    '/v1/console/operator/partners',
    options.status,
  );
}
