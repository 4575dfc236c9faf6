import { startCustomerInvitation } from '#shared/customers/invitation-create';
import {
  assignLeadRecord,
  getLead,
  insertLead,
  type LeadRecord,
  markLeadInvitedItem,
} from '#shared/customers/leads-store';
import type { LeadRequest } from '#shared/customers/schemas';
import { clock } from '#shared/platform/clock';
import { newId } from '#shared/platform/crypto';
import { ConflictError } from '#shared/platform/errors';
import type * as z from '#shared/platform/zod';
import { getOrganizationMember, type Member } from '#shared/users/members-store';

/** The leads' three actions, the same from the API and from the console. */

export async function addLead(caller: Member, body: z.output<typeof LeadRequest>, correlationId: string) {
  const lead: LeadRecord = {
    leadId: newId(),
    partnerId: caller.organizationId,
    ...body,
    status: 'New',
    createdAt: clock.nowIso(),
    version: 1,
  };
  await insertLead(lead, correlationId);
  return lead;
}

/** To one of the organization's own users (another organization's user is not found). */
export async function assignLeadTo(caller: Member, leadId: string, userId: string) {
  const [lead] = await Promise.all([
    getLead(caller.organizationId, leadId),
    getOrganizationMember(caller.organizationId, userId),
  ]);
  return assignLeadRecord(lead, userId);
}

/**
 * A lead becomes a relationship request, sent to its contact. The invitation, its email and the lead marked
 * invited are one transaction: of concurrent conversions of one lead exactly one invites.
 */
export async function convertLead(caller: Member, leadId: string, correlationId: string) {
  const lead = await getLead(caller.organizationId, leadId);
  if (lead.status === 'Invited')
    throw new ConflictError('This lead was already invited.', { invitationId: lead.invitationId });
  const created = await startCustomerInvitation(
    { recipientEmail: lead.contactEmail, customerCountry: lead.country, requestDelegatedAdmin: false, send: true },
    caller,
    correlationId,
    (invitationId) => [markLeadInvitedItem(lead, invitationId)],
  );
  return { ...lead, status: 'Invited' as const, invitationId: created.invitation.invitationId };
}
