import { customerEmails, partnerWrittenFrame } from '#shared/customers/emails';
import { linkPlaceholder } from '#shared/customers/invitation-accept';
import { type LinkChange, partnerEmails } from '#shared/partners/emails';
import { partnerEvents } from '#shared/partners/events';
import { effectiveState } from '#shared/partners/invitation-rules';
import { getInvitation, type InvitationRecord, mintInvitationToken } from '#shared/partners/invitations-store';
import { countryName } from '#shared/partners/regions';
import { sendEmail } from '#shared/platform/aws/email';
import { clock } from '#shared/platform/clock';
import { formatDate, renderEmail, textToHtml } from '#shared/platform/email/render';
import { publicLink } from '#shared/platform/links';
import { sendNotice } from '#shared/platform/notices';
import { type DomainEvent, mergeReactions, type Reaction } from '#shared/platform/outbox';
import { getOrganization } from '#shared/users/organizations-store';

/** The email of each kind of invitation. */
export const invitationMessages: Record<
  InvitationRecord['kind'],
  (invitation: InvitationRecord, token: string) => Promise<void>
> = {
  Reseller: async (invitation, token) => {
    const link = publicLink('/v1/pages/invitation', { token });
    const expiresOn = formatDate(new Date(invitation.expiresAt), invitation.language);
    const location = countryName(String(invitation.details?.providerCountry ?? ''), invitation.language);
    await sendEmail(
      renderEmail(partnerEmails.resellerInvitation, invitation.language, invitation.invitedEmail, {
        provider: invitation.fromName,
        location,
        link,
        expiresOn,
        message: invitation.message,
      }),
    );
  },
  Customer: async (invitation, token) => {
    if (!invitation.invitedEmail) return;
    const email = (invitation.details?.email ?? {}) as { subject?: string; template?: string };
    const link = publicLink('/v1/pages/invitation', { token });
    const fallback = renderEmail(customerEmails.customerInvitation, invitation.language, invitation.invitedEmail, {
      partner: invitation.fromName,
      provider: invitation.details?.providerName as string | undefined,
      delegatedAdmin: Boolean(invitation.details?.requestDelegatedAdmin),
      link,
    });
    const text = email.template ? email.template.split(linkPlaceholder).join(link) : fallback.text;
    const subject = email.subject ?? fallback.subject;
    if (!invitation.details?.partnerWritten) {
      await sendEmail({ to: invitation.invitedEmail, subject, text, html: textToHtml(text) });
      return;
    }
    const frame = partnerWrittenFrame[invitation.language](invitation.fromName, new URL(link).origin);
    const framed = `${frame.before}\n\n-----\n\n${text}\n\n-----\n\n${frame.after}`;
    await sendEmail({
      to: invitation.invitedEmail,
      subject: `${frame.subjectPrefix}${subject}`,
      text: framed,
      html: textToHtml(framed),
    });
  },
};

/**
 * Mints the invitation's personalized link and emails it: the link's secret exists only in this email,
 * its hash in the table. A retried send mints a new link; every link of the invitation works until it settles.
 */
const sendInvitation: Reaction<DomainEvent<string, { invitationId: string; sendEmail: boolean }>> = {
  name: 'email-invitation',
  run: async (event) => {
    if (!event.payload.sendEmail) return;
    const invitation = await getInvitation(event.payload.invitationId);
    if (!invitation || effectiveState(invitation, clock.nowIso()) !== 'Pending') return;
    await invitationMessages[invitation.kind](invitation, await mintInvitationToken(invitation));
  },
};

/** Tells both sides of a provider-reseller link, each in its own language. */
function emailBothSides(change: LinkChange): Reaction<DomainEvent<string, { providerId: string; resellerId: string }>> {
  return {
    name: 'email-both-sides',
    run: async (event) => {
      const [provider, reseller] = await Promise.all([
        getOrganization(event.payload.providerId),
        getOrganization(event.payload.resellerId),
      ]);
      if (!provider || !reseller) return;
      for (const [self, other] of [
        [provider, reseller],
        [reseller, provider],
      ] as const) {
        if (!self.contactEmail) continue;
        await sendNotice(
          String(event.organizationId),
          renderEmail(partnerEmails.partnerLinkChanged, self.language, self.contactEmail, {
            name: self.legalName,
            organization: self.legalName,
            other: other.legalName,
            change,
          }),
        );
      }
    },
  };
}

/** What invitation and link events cause outside the table: the invitation emails and both sides told. */
export const partnerReactions = mergeReactions(
  partnerEvents.on('InvitationCreated', sendInvitation),
  partnerEvents.on('InvitationResent', sendInvitation),
  partnerEvents.on('ProviderLinkCreated', emailBothSides('created')),
  partnerEvents.on('ProviderLinkSuspended', emailBothSides('suspended')),
  partnerEvents.on('ProviderLinkResumed', emailBothSides('resumed')),
  partnerEvents.on('ProviderLinkEnded', emailBothSides('ended')),
  partnerEvents.on('ProviderAdminAccessRemoved', emailBothSides('adminRemoved')),
);
