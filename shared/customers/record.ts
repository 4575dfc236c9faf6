import { getRelationship } from '#shared/customers/relationships-store';
import { listSubscriptionRecords } from '#shared/customers/subscriptions-store';
import { customerSummary } from '#shared/customers/views';
import { marketOf } from '#shared/partners/regions';
import { NotFoundError } from '#shared/platform/errors';
import { countMembers, type Member } from '#shared/users/members-store';
import { getOrganization } from '#shared/users/organizations-store';

/**
 * The expanded customer record (seed 000: account, services, users and licenses), as one partner sees it: only
 * the subscriptions it (or the reseller it serves) sold, and the number of users only with admin permissions.
 */
export async function customerRecord(caller: Pick<Member, 'organizationId'>, customerId: string) {
  const relationship = await getRelationship(caller.organizationId, customerId);
  const [customer, subscriptions, users] = await Promise.all([
    getOrganization(customerId),
    listSubscriptionRecords(customerId, relationship),
    relationship.delegatedAdmin ? countMembers(customerId) : undefined,
  ]);
  if (!customer) throw new NotFoundError('No such customer.');
  return {
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
  };
}
