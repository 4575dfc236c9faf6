import { getLead, toLeadView } from '#shared/customers/leads-store';
import { assignLead } from '#shared/customers/routes';
import { httpHandler, reply } from '#shared/http/handler';
import { ConflictError } from '#shared/platform/errors';
import { keys } from '#shared/platform/keys';
import { tableName, transact } from '#shared/platform/table';
import { getOrganizationMember } from '#shared/users/members-store';

export const handler = httpHandler(assignLead, async ({ params, body, caller }) => {
  const [lead] = await Promise.all([
    getLead(caller.organizationId, params.leadId),
    getOrganizationMember(caller.organizationId, body.userId),
  ]);
  await transact(
    [
      {
        Update: {
          TableName: tableName,
          Key: keys.lead(caller.organizationId, params.leadId),
          UpdateExpression: 'SET assignedTo = :user, #status = :status, version = version + :one',
          ConditionExpression: 'version = :v',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':user': body.userId,
            ':status': lead.status === 'Invited' ? 'Invited' : 'Assigned',
            ':one': 1,
            ':v': lead.version,
          },
        },
      },
    ],
    () => new ConflictError('The lead changed meanwhile; read it again.'),
  );
  return reply.ok(
    toLeadView({ ...lead, assignedTo: body.userId, status: lead.status === 'Invited' ? 'Invited' : 'Assigned' }),
  );
});
