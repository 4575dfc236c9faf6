import { defineEvents } from '#shared/platform/outbox';
import * as z from '#shared/platform/zod';

const Invitation = { invitationId: z.string(), kind: z.enum(['Reseller', 'Customer']) };
const Link = { providerId: z.string(), resellerId: z.string() };
const LinkChange = z.object({ ...Link, by: z.string() });

/** The events of invitations, provider-reseller links and the provider directory. */
export const partnerEvents = defineEvents({
  InvitationCreated: z.object({ ...Invitation, sendEmail: z.boolean() }),
  InvitationResent: z.object({ ...Invitation, sendEmail: z.boolean() }),
  InvitationDeclined: z.object({ ...Invitation, by: z.string() }),
  InvitationRevoked: z.object({ ...Invitation, by: z.string() }),
  ProviderLinkCreated: z.object({ ...Link, invitationId: z.string() }),
  ProviderLinkSuspended: LinkChange,
  ProviderLinkResumed: LinkChange,
  ProviderLinkEnded: LinkChange,
  ProviderAdminAccessRemoved: LinkChange,
  IndirectProviderDesignated: z.object({ regions: z.array(z.string()) }),
  PartnerProgramRegistered: z.object({ program: z.string(), partnerId: z.string().optional() }),
});

/** The link changes a provider or reseller may make, each with its event. */
export type LinkChangeEvent =
  | 'ProviderLinkSuspended'
  | 'ProviderLinkResumed'
  | 'ProviderLinkEnded'
  | 'ProviderAdminAccessRemoved';
