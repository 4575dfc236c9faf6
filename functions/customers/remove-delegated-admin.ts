import { delegatedAdminFlagItems, delegatedAdminHolder } from '#shared/customers/relationships-store';
import { removeDelegatedAdmin } from '#shared/customers/routes';
import { httpHandler, reply } from '#shared/http/handler';
import { ConflictError } from '#shared/platform/errors';
import { keys } from '#shared/platform/keys';
import { putEvent } from '#shared/platform/outbox';
import { tableName, transact } from '#shared/platform/table';
import { ledger } from './list-customer-relationships';

/**
 * The customer removes a partner's admin permissions at any time (seed 002). The relationship stays, with a
 * note that the partner remains bound to support the customer; the partner is told by event and email.
 */
export const handler = httpHandler(removeDelegatedAdmin, async ({ params, caller, correlationId }) => {
  const customerId = caller.organizationId;
  if ((await delegatedAdminHolder(customerId)) !== params.partnerId)
    throw new ConflictError('That partner holds no admin permissions on your tenant.');
  const note =
    'Admin permissions removed by the customer; the reseller remains bound to support the customer under its agreement.';
  await transact(
    [
      {
        Delete: {
          TableName: tableName,
          Key: keys.delegatedAdmin(customerId),
          ConditionExpression: 'holderId = :partner',
          ExpressionAttributeValues: { ':partner': params.partnerId },
        },
      },
      ...delegatedAdminFlagItems(params.partnerId, customerId, false, note),
      putEvent(
        'DelegatedAdminRemoved',
        { partnerId: params.partnerId, customerId },
        { organizationId: customerId, correlationId },
      ),
    ],
    () => new ConflictError('Admin permissions changed at the same moment: look again.'),
  );
  return reply.ok(await ledger(customerId));
});
