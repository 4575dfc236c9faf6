import { getLead, toLeadView } from '../../shared/data/leads';
import { keys } from '../../shared/data/keys';
import { tableName, transact } from '../../shared/data/table';
import { ConflictError } from '../../shared/errors';
import { httpHandler, reply } from '../../shared/http/handler';
import { startCustomerInvitation } from '../../shared/invitations/customer-create';
import { convertLeadToInvitation } from '../../shared/routes/customers';

/** A lead becomes a relationship request, sent to its contact; the lead records the invitation. */
export const handler = httpHandler(convertLeadToInvitation, async ({ params, caller, correlationId }) => {
  const lead = await getLead(caller.organizationId, params.leadId);
  if (lead.status === 'Invited') throw new ConflictError('This lead was already invited.', { invitationId: lead.invitationId });
  const created = await startCustomerInvitation({ recipientEmail: lead.contactEmail, customerCountry: lead.country, requestDelegatedAdmin: false, send: true }, caller, correlationId);
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
  return reply.created(toLeadView({ ...lead, status: 'Invited', invitationId: created.invitation.invitationId }), `/v1/leads/${lead.leadId}`);
});
