import { consolePage, ct } from '#shared/console/layout';
import { showProfileScreen } from '#shared/console/routes';
import { screen } from '#shared/console/screen';
import { escapeHtml } from '#shared/platform/html';
import { getOrganization } from '#shared/users/organizations-store';

type Profile = {
  legalProfile?: { legalName?: string; address?: Record<string, string | undefined> };
  primaryContact?: { fullName?: string; email?: string; phone?: string };
  support?: { email?: string; phone?: string; website?: string };
};

/** Legal and program information (seed 003, step 7). */
export const handler = screen(showProfileScreen, { permission: 'profile:read' }, async (_input, ctx) => {
  const organization = await getOrganization(ctx.member.organizationId);
  const profile = (organization?.profile ?? {}) as Profile;
  const l = (key: Parameters<typeof ct>[1]) => ct(ctx.language, key);
  const row = (label: string, value: string | undefined) => `<dt>${label}</dt><dd>${escapeHtml(value ?? '—')}</dd>`;
  const address = profile.legalProfile?.address;
  const facts = [
    row(l('legalNameLabel'), organization?.legalName),
    row(l('countryLabel'), organization?.country),
    row(
      l('line1Label'),
      address ? [address.line1, address.postalCode, address.city].filter(Boolean).join(', ') : undefined,
    ),
    row(l('partnerIdLabel'), organization?.partnerId),
    row(
      l('contactHeading'),
      profile.primaryContact ? `${profile.primaryContact.fullName} <${profile.primaryContact.email}>` : undefined,
    ),
    row(l('supportEmailLabel'), profile.support?.email),
    row(l('supportPhoneLabel'), profile.support?.phone),
    row(l('websiteLabel'), profile.support?.website),
  ].join('');
  const programs = Object.entries(organization?.programs ?? {})
    .map(
      ([program, status]) => `<li>${ct(ctx.language, 'programState', { program, state: status?.status ?? '' })}</li>`,
    )
    .join('');
  return consolePage(
    ctx,
    l('profileTitle'),
    `<dl class="facts">${facts}</dl><h2>${l('programsHeading')}</h2>${programs ? `<ul>${programs}</ul>` : `<p>${l('noPrograms')}</p>`}`,
    '/v1/console/profile',
  );
});
