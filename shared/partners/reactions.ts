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
import { noticeFor, noticeRecipient, recipientLanguage } from '#shared/users/contact';
import { getMember, getOrganization } from '#shared/users/organizations-store';

/** The email of each kind of invitation. */
export const invitationMessages: Record<
  InvitationRecord['kind'],
  (invitation: InvitationRecord, token: string) => Promise<void>
> = {
  Reseller: async (invitation, token) => {
    const link = publicLink('/v1/pages/invitation', { token });
    // a person already on the platform reads it in their own language
    const language = await recipientLanguage(invitation.invitedEmail, invitation.language);
    const expiresOn = formatDate(new Date(invitation.expiresAt), language);
    const location = countryName(String(invitation.details?.providerCountry ?? ''), language);
    await sendEmail(
      renderEmail(partnerEmails.resellerInvitation, language, invitation.invitedEmail, {
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
    const language = await recipientLanguage(invitation.invitedEmail, invitation.language);
    const fallback = renderEmail(customerEmails.customerInvitation, language, invitation.invitedEmail, {
      partner: invitation.fromName,
      provider: invitation.details?.providerName as string | undefined,
      delegatedAdmin: Boolean(invitation.details?.requestDelegatedAdmin),
      link,
    });
    if (!invitation.details?.partnerWritten) {
      // the platform's own words: in the recipient's language when they are on the platform
      await sendEmail(fallback);
      return;
    }
    const text = email.template ? email.template.split(linkPlaceholder).join(link) : fallback.text;
    const subject = email.subject ?? fallback.subject;
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

/** Tells one side of a provider-reseller link, in its contact's language (one reaction per side: one email each). */
function emailSide(
  side: 'provider' | 'reseller',
  change: LinkChange,
): Reaction<DomainEvent<string, { providerId: string; resellerId: string }>> {
  return {
    name: `email-${side}`,
    run: async (event) => {
      const [provider, reseller] = await Promise.all([
        getOrganization(event.payload.providerId),
        getOrganization(event.payload.resellerId),
      ]);
      if (!provider || !reseller) return;
      const [self, other] = side === 'provider' ? [provider, reseller] : [reseller, provider];
      const recipient = await noticeRecipient(self);
      if (!recipient) return;
      await sendNotice(
        String(event.organizationId),
        noticeFor(recipient, partnerEmails.partnerLinkChanged, { other: other.legalName, change }),
      );
    },
  };
}

const emailBothSides = (change: LinkChange) => [emailSide('provider', change), emailSide('reseller', change)];

/** What invitation and link events cause outside the table: the invitation emails and both sides told. */
export const partnerReactions = mergeReactions(
  partnerEvents.on('InvitationDeclined', {
    name: 'email-inviter',
    run: async (event) => {
      const invitation = await getInvitation(event.payload.invitationId);
      if (!invitation) return;
      const [inviter, decliner] = await Promise.all([
        getOrganization(invitation.fromOrganizationId),
        getMember(event.payload.by),
      ]);
      const invitee = decliner ? await getOrganization(decliner.organizationId) : undefined;
      const recipient = await noticeRecipient(inviter);
      if (!recipient) return;
      await sendNotice(
        invitation.fromOrganizationId,
        noticeFor(recipient, partnerEmails.invitationDeclined, {
          invitee: invitee?.legalName ?? invitation.invitedEmail,
          kind: invitation.kind,
        }),
      );
    },
  }),
  partnerEvents.on('InvitationRevoked', {
    name: 'email-invitee',
    run: async (event) => {
      const invitation = await getInvitation(event.payload.invitationId);
      if (!invitation?.invitedEmail) return;
      const language = await recipientLanguage(invitation.invitedEmail, invitation.language);
      await sendNotice(
        invitation.fromOrganizationId,
        renderEmail(partnerEmails.invitationWithdrawn, language, invitation.invitedEmail, {
          from: invitation.fromName,
        }),
      );
    },
  }),
  partnerEvents.on('InvitationCreated', sendInvitation),
  partnerEvents.on('InvitationResent', sendInvitation),
  partnerEvents.on('ProviderLinkCreated', ...emailBothSides('created')),
  partnerEvents.on('ProviderLinkSuspended', ...emailBothSides('suspended')),
  partnerEvents.on('ProviderLinkResumed', ...emailBothSides('resumed')),
  partnerEvents.on('ProviderLinkEnded', ...emailBothSides('ended')),
  partnerEvents.on('ProviderAdminAccessRemoved', ...emailBothSides('adminRemoved')),
);
