import { customerEmails } from '#shared/customers/emails';
import { linkPlaceholder } from '#shared/customers/invitation-accept';
import type { CreateCustomerInvitationRequest } from '#shared/customers/schemas';
import { requirePermission } from '#shared/http/handler';
import { invitationValidityDays } from '#shared/partners/invitation-rules';
import {
  type InvitationRecord,
  insertInvitation,
  invitationTokenPut,
  toInvitationView,
} from '#shared/partners/invitations-store';
import { getLinkBetween } from '#shared/partners/links-store';
import { isInRegions, regionNames, regionOf, servedRegions } from '#shared/partners/regions';
import { clock } from '#shared/platform/clock';
import { newId, newSecretToken } from '#shared/platform/crypto';
import { renderEmail } from '#shared/platform/email/render';
import { ConflictError, ValidationError } from '#shared/platform/errors';
import { publicLink } from '#shared/platform/links';
import type { TransactItem } from '#shared/platform/table';
import type * as z from '#shared/platform/zod';
import { organizationOfEmail } from '#shared/users/members-store';
import type { Member } from '#shared/users/organizations-store';
import { getOrganization, isActivePartner } from '#shared/users/organizations-store';

type CustomerInvitationInput = z.output<typeof CreateCustomerInvitationRequest>;

/**
 * "Request a reseller relationship" (seeds 000, 002): a personalized link and a draft email in the partner's
 * language, which the partner may edit (keeping `{{link}}`), open in its mail client or copy; or send from
 * here. Unlike Partner Center's one static URL per partner, each invitation is a record that can be
 * tracked, resent, revoked, and expires.
 */
export async function startCustomerInvitation(
  body: CustomerInvitationInput,
  caller: Member,
  correlationId: string,
  /** More writes that belong to the same change (a lead marked invited), in the invitation's transaction. */
  alsoWrite: (invitationId: string) => TransactItem[] = () => [],
) {
  if (body.requestDelegatedAdmin) requirePermission(caller, 'customers:delegated-admin');
  if (body.emailBody && !body.emailBody.includes(linkPlaceholder)) {
    throw new ValidationError([
      {
        in: 'body',
        field: 'emailBody',
        message: `must keep the personalized link: write ${linkPlaceholder} where it goes`,
      },
    ]);
  }
  const partner = await getOrganization(caller.organizationId);
  if (!partner || !isActivePartner(partner))
    throw new ConflictError('Only an active partner can invite customers: finish your enrollment first.', {
      programs: partner?.programs,
    });
  let provider: { name: string; regions: string[] } | undefined;
  if (body.includeProviderId) {
    const [link, providerOrganization] = await Promise.all([
      getLinkBetween(caller.organizationId, body.includeProviderId),
      getOrganization(body.includeProviderId),
    ]);
    if (link?.side !== 'reseller' || link.link.state !== 'Active' || !providerOrganization) {
      throw new ConflictError('A combined invitation needs an indirect provider you are actively linked with.', {
        linkState: link?.link.state ?? 'None',
      });
    }
    provider = { name: link.link.provider.name, regions: servedRegions(providerOrganization, 'IndirectProvider') };
  }
  const regionsServed = servedRegions(partner, 'Reseller');
  if (body.customerCountry && !isInRegions(body.customerCountry, regionsServed)) {
    throw new ValidationError([
      {
        in: 'body',
        field: 'customerCountry',
        message: `is not a market of your region (${regionNames(regionsServed)}): you may only serve customers there`,
      },
    ]);
  }
  if (body.customerCountry && provider && !isInRegions(body.customerCountry, provider.regions)) {
    throw new ValidationError([
      {
        in: 'body',
        field: 'customerCountry',
        message: `is outside the regions ${provider.name} serves as an indirect provider (${regionNames(provider.regions)})`,
      },
    ]);
  }
  const providerName = provider?.name;
  const region = regionOf(partner.country);

  const draft = renderEmail(customerEmails.customerInvitation, caller.language, body.recipientEmail ?? '', {
    partner: partner.legalName,
    provider: providerName,
    delegatedAdmin: body.requestDelegatedAdmin,
    link: linkPlaceholder,
  });
  const email = { subject: body.emailSubject ?? draft.subject, template: body.emailBody ?? draft.text };
  const now = clock.now();
  const record: InvitationRecord = {
    invitationId: newId(),
    kind: 'Customer',
    state: 'Pending',
    fromOrganizationId: partner.organizationId,
    fromName: partner.legalName,
    invitedEmail: body.recipientEmail ?? '',
    invitedOrganizationId: body.recipientEmail ? await organizationOfEmail(body.recipientEmail) : undefined,
    language: caller.language,
    createdBy: caller.userId,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + invitationValidityDays * 86_400_000).toISOString(),
    resends: 0,
    // the email is stored with the placeholder, never a link's secret; the sender mints its own link
    details: {
      requestDelegatedAdmin: body.requestDelegatedAdmin,
      providerId: body.includeProviderId,
      providerName,
      partnerCountry: partner.country,
      regionId: region?.regionId,
      email,
      // the partner rewrote the draft: the sent email marks its words as the partner's
      partnerWritten: body.emailBody !== undefined || body.emailSubject !== undefined,
    },
    version: 1,
  };
  // the link handed back is stored with the invitation, in one transaction
  const token = newSecretToken();
  await insertInvitation(record, correlationId, {
    email: body.send,
    extra: [invitationTokenPut(record, token), ...alsoWrite(record.invitationId)],
  });
  const link = publicLink('/v1/pages/invitation', { token });
  const text = email.template.split(linkPlaceholder).join(link);
  const mailto = `mailto:${encodeURIComponent(body.recipientEmail ?? '')}?subject=${encodeURIComponent(email.subject)}&body=${encodeURIComponent(text)}`;
  return {
    invitation: toInvitationView(record),
    link,
    draftEmail: { subject: email.subject, body: text, language: caller.language },
    mailtoUrl: mailto,
    clipboardText: `${email.subject}\n\n${text}`,
    sent: body.send,
  };
}
