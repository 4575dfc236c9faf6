import { delegatedAdminHolder } from '#shared/customers/relationships-store';
import { effectiveState } from '#shared/partners/invitation-rules';
import type { InvitationRecord } from '#shared/partners/invitations-store';
import { countryName } from '#shared/partners/regions';
import { clock } from '#shared/platform/clock';
import { formatDate } from '#shared/platform/email/render';
import { escapeHtml } from '#shared/platform/html';
import { invitationStateWords } from '#shared/platform/pages/messages';
import { form, page, t } from '#shared/platform/pages/render';
import type { Language } from '#shared/platform/schemas';
import { getOrganization, type Member } from '#shared/users/organizations-store';

/**
 * The page of an invitation: who invites and exactly what they would hold; then, signed in, the consent box
 * (and, for a customer whose admin permissions another partner holds, the choice) and the answer buttons.
 */
export async function invitationPage(input: {
  token: string;
  invitation: InvitationRecord;
  member?: Member;
  language: Language;
  csrf: string;
  error?: string;
}): Promise<{ html: string; status: number }> {
  const { invitation, member, language, token } = input;
  const self = `/v1/pages/invitation?token=${encodeURIComponent(token)}`;
  const state = effectiveState(invitation, clock.nowIso());
  const partner = invitation.fromName;
  if (state !== 'Pending') {
    const title = t(language, 'invitationStateTitle', { state: invitationStateWords[language][state] ?? state });
    return {
      html: page(language, title, `<p>${t(language, 'invitationStateBody', { provider: partner })}</p>`, self),
      status: 409,
    };
  }
  const expires = formatDate(new Date(invitation.expiresAt), language);
  const customer = invitation.kind === 'Customer';
  const details = invitation.details ?? {};
  const providerName = details.providerName as string | undefined;
  const grants = customer
    ? [t(language, 'grantResell'), ...(details.requestDelegatedAdmin ? [t(language, 'grantCustomerAdmin')] : [])]
    : [t(language, 'grantOrders'), t(language, 'grantAdmin')];
  const intro = customer
    ? providerName
      ? t(language, 'customerInvitationCombined', { partner, provider: providerName })
      : t(language, 'customerInvitationIntro', { partner })
    : t(language, 'invitationIntro', {
        provider: partner,
        location: countryName(String(details.providerCountry ?? ''), language),
      });
  let body = `<p>${intro}</p>\n<p>${t(language, 'invitationGrants')}</p>\n<ul>${grants.map((g) => `<li>${g}</li>`).join('')}</ul>\n<p>${t(language, customer ? 'customerInvitationWho' : 'invitationWho', { expires })}</p>`;
  if (input.error) body += `\n<p class="error" role="alert">${escapeHtml(input.error)}</p>`;

  if (!member) {
    body += `\n<p>${t(language, 'signInToContinue')}</p>\n<p><a href="/v1/pages/sign-in?returnTo=${encodeURIComponent(self)}&amp;lang=${language}">${t(language, 'signInLink')}</a></p>`;
  } else {
    let choice = '';
    if (customer && details.requestDelegatedAdmin) {
      const holder = await delegatedAdminHolder(member.organizationId);
      if (holder && holder !== invitation.fromOrganizationId) {
        const holderName = (await getOrganization(holder))?.legalName ?? holder;
        choice = `<fieldset><legend>${t(language, 'adminChoiceLegend', { holder: holderName })}</legend>
<div class="check"><input type="radio" id="keep" name="adminChoice" value="keepCurrentAdmin" required><label for="keep">${t(language, 'keepCurrentAdmin', { holder: holderName })}</label></div>
<div class="check"><input type="radio" id="move" name="adminChoice" value="moveAdmin"><label for="move">${t(language, 'moveAdmin', { partner, holder: holderName })}</label></div></fieldset>`;
      }
    }
    const consent = `<div class="check"><input type="checkbox" id="consent" name="consent" value="yes"><label for="consent">${t(language, customer ? 'consentCustomer' : 'consentProvider')}</label></div>`;
    const fields = { token, lang: language };
    body += `\n<p>${t(language, 'signedInAs', { email: member.email })}</p>`;
    body += form(
      '/v1/pages/invitation',
      input.csrf,
      { ...fields, action: 'accept' },
      `${choice}${consent}<button type="submit">${t(language, customer ? 'acceptRelationship' : 'authorizeProvider')}</button>`,
    );
    body += form(
      '/v1/pages/invitation',
      input.csrf,
      { ...fields, action: 'decline' },
      `<button type="submit" class="secondary">${t(language, 'declineButton')}</button>`,
    );
  }
  return {
    html: page(language, t(language, customer ? 'customerInvitationTitle' : 'invitationTitle'), body, self),
    status: 200,
  };
}
