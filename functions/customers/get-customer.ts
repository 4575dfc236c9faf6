import { getRelationship } from '../../shared/data/customers';
import { listSubscriptionRecords } from '../../shared/data/subscriptions';
import { getOrganization } from '../../shared/data/users';
import { marketOf } from '../../shared/domain/regions';
import { NotFoundError } from '../../shared/errors';
import { httpHandler, reply } from '../../shared/http/handler';
import { customerSummary } from '../../shared/customers/view';
import { getCustomer } from '../../shared/routes/customers';

/** The expanded customer record (seed 000: account, services, users and licenses). */
export const handler = httpHandler(getCustomer, async ({ params, caller }) => {
  const relationship = await getRelationship(caller.organizationId, params.customerId);
  const [customer, subscriptions] = await Promise.all([getOrganization(params.customerId), listSubscriptionRecords(params.customerId)]);
  if (!customer) throw new NotFoundError('No such customer.');
  return reply.ok({
    ...customerSummary(relationship),
    account: { legalName: customer.legalName, country: customer.country, currency: marketOf(customer.country)?.currency },
    subscriptions,
    licenses: { purchased: subscriptions.reduce((n, s) => n + s.quantity, 0), assigned: subscriptions.reduce((n, s) => n + s.assigned, 0) },
  });
});
