import { startCustomerInvitation } from '#shared/customers/invitation-create';
import { getLead, markLeadInvitedItem, toLeadView } from '#shared/customers/leads-store';
import { convertLeadToInvitation } from '#shared/customers/routes';
import { httpHandler, reply } from '#shared/http/handler';
import { ConflictError } from '#shared/platform/errors';

/**
 * A lead becomes a relationship request, sent to its contact. The invitation, its email and the lead marked
 * invited are one transaction: of concurrent conversions of one lead exactly one invites.
 */
export const handler = httpHandler(convertLeadToInvitation, async ({ params, caller, correlationId }) => {
  const lead = await getLead(caller.organizationId, params.leadId);
  if (lead.status === 'Invited')
    throw new ConflictError('This lead was already invited.', { invitationId: lead.invitationId });
  const created = await startCustomerInvitation(
    { recipientEmail: lead.contactEmail, customerCountry: lead.country, requestDelegatedAdmin: false, send: true },
    caller,
    correlationId,
    (invitationId) => [markLeadInvitedItem(lead, invitationId)],
  );
  const invitationId = created.invitation.invitationId;
  return reply.created(toLeadView({ ...lead, status: 'Invited', invitationId }), `/v1/leads/${lead.leadId}`);
});
