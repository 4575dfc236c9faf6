import { getLead, toLeadView } from '../../shared/data/leads';
import { getOrganizationMember } from '../../shared/data/members';
import { keys } from '../../shared/data/keys';
import { tableName, transact } from '../../shared/data/table';
import { ConflictError } from '../../shared/errors';
import { httpHandler, reply } from '../../shared/http/handler';
import { assignLead } from '../../shared/routes/customers';

export const handler = httpHandler(assignLead, async ({ params, body, caller }) => {
  const [lead] = await Promise.all([getLead(caller.organizationId, params.leadId), getOrganizationMember(caller.organizationId, body.userId)]);
  await transact(
    [
      {
        Update: {
          TableName: tableName,
          Key: keys.lead(caller.organizationId, params.leadId),
          UpdateExpression: 'SET assignedTo = :user, #status = :status, version = version + :one',
          ConditionExpression: 'version = :v',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':user': body.userId, ':status': lead.status === 'Invited' ? 'Invited' : 'Assigned', ':one': 1, ':v': lead.version },
        },
      },
    ],
    () => new ConflictError('The lead changed meanwhile; read it again.'),
  );
  return reply.ok(toLeadView({ ...lead, assignedTo: body.userId, status: lead.status === 'Invited' ? 'Invited' : 'Assigned' }));
});
