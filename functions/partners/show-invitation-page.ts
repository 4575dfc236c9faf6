import { clock } from '../../shared/clock';
import { invitationByToken } from '../../shared/data/invitations';
import { effectiveState } from '../../shared/domain/invitations';
import { countryName } from '../../shared/domain/regions';
import { formatDate } from '../../shared/email/catalog';
import { httpHandler, reply } from '../../shared/http/handler';
import { invitationStateWords } from '../../shared/pages/messages';
import { page, pickLanguage, t } from '../../shared/pages/render';
import { showInvitationPage } from '../../shared/routes/partners';

/** Opening an invitation link changes nothing: the page shows who invites and exactly what they would hold. */
export const handler = httpHandler(showInvitationPage, async ({ query, headers }) => {
  const invitation = query.token && /^[A-Za-z0-9_-]{16,128}$/.test(query.token) ? await invitationByToken(query.token) : undefined;
  const language = pickLanguage(query.lang, headers['accept-language'], invitation?.language);
  if (!invitation) return reply.page(page(language, t(language, 'invalidTitle'), `<p>${t(language, 'invalidBody')}</p>`), 410);
  const state = effectiveState(invitation, clock.nowIso());
  const provider = invitation.fromName;
  if (state !== 'Pending') {
    const title = t(language, 'invitationStateTitle', { state: invitationStateWords[language][state] ?? state });
    return reply.page(page(language, title, `<p>${t(language, 'invitationStateBody', { provider })}</p>`), 409);
  }
  const expires = formatDate(new Date(invitation.expiresAt), language);
  if (invitation.kind === 'Customer') {
    const providerName = invitation.details?.providerName as string | undefined;
    const intro = providerName ? t(language, 'customerInvitationCombined', { partner: provider, provider: providerName }) : t(language, 'customerInvitationIntro', { partner: provider });
    const grants = [t(language, 'grantResell'), ...(invitation.details?.requestDelegatedAdmin ? [t(language, 'grantCustomerAdmin')] : [])];
    const body = `<p>${intro}</p>\n<p>${t(language, 'invitationGrants')}</p>\n<ul>${grants.map((g) => `<li>${g}</li>`).join('')}</ul>\n<p>${t(language, 'customerInvitationWho', { expires })}</p>`;
    return reply.page(page(language, t(language, 'customerInvitationTitle'), body));
  }
  const country = String(invitation.details?.providerCountry ?? '');
  const body = `<p>${t(language, 'invitationIntro', { provider, location: countryName(country, language) })}</p>
<p>${t(language, 'invitationGrants')}</p>
<ul><li>${t(language, 'grantOrders')}</li><li>${t(language, 'grantAdmin')}</li></ul>
<p>${t(language, 'invitationWho', { expires })}</p>`;
  return reply.page(page(language, t(language, 'invitationTitle'), body));
});
