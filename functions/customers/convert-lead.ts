import { startCustomerInvitation } from '#shared/customers/invitation-create';
import { getLead, toLeadView } from '#shared/customers/leads-store';
import { convertLeadToInvitation } from '#shared/customers/routes';
import { httpHandler, reply } from '#shared/http/handler';
import { ConflictError } from '#shared/platform/errors';
import { keys } from '#shared/platform/keys';
import { tableName, transact } from '#shared/platform/table';

/** A lead becomes a relationship request, sent to its contact; the lead records the invitation. */
export const handler = httpHandler(convertLeadToInvitation, async ({ params, caller, correlationId }) => {
  const lead = await getLead(caller.organizationId, params.leadId);
  if (lead.status === 'Invited')
    throw new ConflictError('This lead was already invited.', { invitationId: lead.invitationId });
  const created = await startCustomerInvitation(
    { recipientEmail: lead.contactEmail, customerCountry: lead.country, requestDelegatedAdmin: false, send: true },
    caller,
    correlationId,
  );
  await transact(
    [
      {
        Update: {
          TableName: tableName,
          Key: keys.lead(caller.organizationId, params.leadId),
          UpdateExpression: 'SET #status = :invited, invitationId = :inv, version = version + :one',
          ConditionExpression: '#status <> :invited',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':invited': 'Invited', ':inv': created.invitation.invitationId, ':one': 1 },
        },
      },
    ],
    () => new ConflictError('This lead was invited at the same moment.'),
  );
  return reply.created(
    toLeadView({ ...lead, status: 'Invited', invitationId: created.invitation.invitationId }),
    `/v1/leads/${lead.leadId}`,
  );
});
