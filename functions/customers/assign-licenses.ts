import { requireDelegatedAdmin } from '#shared/customers/relationships-store';
import { assignLicenses } from '#shared/customers/routes';
import { customerUser } from '#shared/customers/users';
import { httpHandler, reply } from '#shared/http/handler';
import { ConflictError, NotFoundError } from '#shared/platform/errors';
import { keys } from '#shared/platform/keys';
import { tableName, transact } from '#shared/platform/table';
import { getMember } from '#shared/users/organizations-store';

/** A license of a subscription to one user: the count and the user's list change in one transaction. */
export const handler = httpHandler(assignLicenses, async ({ params, body, caller }) => {
  await requireDelegatedAdmin(caller.organizationId, params.customerId);
  const member = (await getMember(params.userId)) as
    | (Awaited<ReturnType<typeof getMember>> & { licenses?: string[] })
    | undefined;
  if (!member || member.organizationId !== params.customerId) throw new NotFoundError('No such user of this customer.');
  const licenses = member.licenses ?? [];
  const assign = body.action === 'assign';
  if (assign === licenses.includes(body.subscriptionId))
    throw new ConflictError(assign ? 'The user already has this license.' : 'The user does not have this license.');
  const next = assign ? [...licenses, body.subscriptionId] : licenses.filter((id) => id !== body.subscriptionId);
  await transact(
    [
      {
        Update: {
          TableName: tableName,
          Key: keys.subscription(params.customerId, body.subscriptionId),
          UpdateExpression: 'SET assigned = assigned + :delta',
          ConditionExpression: assign
            ? 'attribute_exists(pk) AND assigned < quantity'
            : 'attribute_exists(pk) AND assigned > :zero',
          ExpressionAttributeValues: assign ? { ':delta': 1 } : { ':delta': -1, ':zero': 0 },
        },
      },
      {
        Update: {
          TableName: tableName,
          Key: keys.user(params.userId),
          UpdateExpression: 'SET licenses = :next, version = version + :one',
          ConditionExpression: 'version = :v',
          ExpressionAttributeValues: { ':next': next, ':one': 1, ':v': member.version },
        },
      },
    ],
    (index) =>
      index === 0
        ? new ConflictError('No license of that subscription is left to assign (or it is not this customer’s).')
        : new ConflictError('The user changed meanwhile; try again.'),
  );
  return reply.ok(customerUser({ ...member, licenses: next }));
});
