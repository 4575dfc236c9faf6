import { delegatedAdminHolder, ledger, removeDelegatedAdminRecord } from '#shared/customers/relationships-store';
import { removeDelegatedAdmin } from '#shared/customers/routes';
import { httpHandler, reply } from '#shared/http/handler';
import { ConflictError } from '#shared/platform/errors';

/**
 * The customer removes a partner's admin permissions at any time (seed 002). The relationship stays, with a
 * note that the partner remains bound to support the customer; the partner is told by event and email.
 */
export const handler = httpHandler(removeDelegatedAdmin, async ({ params, caller, correlationId }) => {
  const customerId = caller.organizationId;
  if ((await delegatedAdminHolder(customerId)) !== params.partnerId)
    throw new ConflictError('That partner holds no admin permissions on your tenant.');
  await removeDelegatedAdminRecord(customerId, params.partnerId, correlationId);
  return reply.ok(await ledger(customerId));
});
