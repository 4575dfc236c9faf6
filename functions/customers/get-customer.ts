import { getRelationship } from '#shared/customers/relationships-store';
import { getCustomer } from '#shared/customers/routes';
import { listSubscriptionRecords } from '#shared/customers/subscriptions-store';
import { customerSummary } from '#shared/customers/views';
import { httpHandler, reply } from '#shared/http/handler';
import { marketOf } from '#shared/partners/regions';
import { NotFoundError } from '#shared/platform/errors';
import { countMembers } from '#shared/users/members-store';
import { getOrganization } from '#shared/users/organizations-store';

/** The expanded customer record (seed 000: account, services, users and licenses). */
export const handler = httpHandler(getCustomer, async ({ params, caller }) => {
  const relationship = await getRelationship(caller.organizationId, params.customerId);
  const [customer, subscriptions, users] = await Promise.all([
    getOrganization(params.customerId),
    listSubscriptionRecords(params.customerId, relationship),
    relationship.delegatedAdmin ? countMembers(params.customerId) : undefined,
  ]);
  if (!customer) throw new NotFoundError('No such customer.');
  return reply.ok({
    ...customerSummary(relationship),
    account: {
      legalName: customer.legalName,
      country: customer.country,
      currency: marketOf(customer.country)?.currency,
    },
    subscriptions,
    ...(users === undefined ? {} : { users }),
    licenses: {
      purchased: subscriptions.reduce((n, s) => n + s.quantity, 0),
      assigned: subscriptions.reduce((n, s) => n + s.assigned, 0),
    },
  });
});
