import { delegatedAdminHolder, ledger, removeDelegatedAdminRecord } from '#shared/customers/relationships-store';
import { ConflictError } from '#shared/platform/errors';

/**
 * The customer removes a partner's admin permissions at any time (seed 002). The relationship stays, with a
 * note that the partner remains bound to support the customer; the partner is told by event and email.
 * Answers the customer's ledger as it now is.
 */
export async function removePartnerAdmin(customerId: string, partnerId: string, correlationId: string) {
  if ((await delegatedAdminHolder(customerId)) !== partnerId)
    throw new ConflictError('That partner holds no admin permissions on your tenant.');
  await removeDelegatedAdminRecord(customerId, partnerId, correlationId);
  return ledger(customerId);
}
