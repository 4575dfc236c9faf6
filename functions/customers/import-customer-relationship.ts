import { importCustomer } from '#shared/customers/relationships-store';
import { importCustomerRelationship } from '#shared/customers/routes';
import { httpHandler, reply } from '#shared/http/handler';
import { newId } from '#shared/platform/crypto';
import { NotFoundError } from '#shared/platform/errors';
import { getOrganization } from '#shared/users/organizations-store';

/** Seed 000: customers a partner already serves through other channels appear in its customer list. */
export const handler = httpHandler(importCustomerRelationship, async ({ body, correlationId }) => {
  const partner = await getOrganization(body.partnerOrganizationId);
  if (!partner) throw new NotFoundError('No such partner.');
  const customerId = newId();
  await importCustomer(partner, { customerId, ...body.customer, delegatedAdmin: body.delegatedAdmin }, correlationId);
  return reply.created({ customerId, partnerOrganizationId: partner.organizationId }, `/v1/customers/${customerId}`);
});
