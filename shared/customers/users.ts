import { requireDelegatedAdmin } from '#shared/customers/relationships-store';
import type { CreateCustomerUserRequest } from '#shared/customers/schemas';
import { changeLicense } from '#shared/customers/subscriptions-store';
import { NotFoundError } from '#shared/platform/errors';
import type { Logger } from '#shared/platform/logger';
import type * as z from '#shared/platform/zod';
import { addUser } from '#shared/users/add';
import { getMember, type Member } from '#shared/users/organizations-store';

export function customerUser(member: Member & { licenses?: string[] }) {
  return {
    userId: member.userId,
    fullName: member.fullName,
    email: member.email,
    licenses: member.licenses ?? [],
    createdAt: member.createdAt,
  };
}

/**
 * A partner with the customer's admin permissions assigns one of its subscriptions' licenses to a customer
 * user, or removes it: the user's set and the subscription's count change in one transaction.
 */
export async function changeCustomerLicense(
  caller: Pick<Member, 'organizationId'>,
  customerId: string,
  userId: string,
  change: { subscriptionId: string; action: 'assign' | 'remove' },
) {
  const relationship = await requireDelegatedAdmin(caller.organizationId, customerId);
  const member = await getMember(userId);
  if (!member || member.organizationId !== customerId) throw new NotFoundError('No such user of this customer.');
  const assign = change.action === 'assign';
  await changeLicense(customerId, change.subscriptionId, member.userId, assign, relationship.resellerOfRecord);
  const others = (member.licenses ?? []).filter((id) => id !== change.subscriptionId);
  return customerUser({ ...member, licenses: assign ? [...others, change.subscriptionId].sort() : others });
}

/** A partner with the customer's admin permissions adds a user (with no roles) to the customer's tenant. */
export async function addCustomerUser(
  caller: Member,
  customerId: string,
  body: z.output<typeof CreateCustomerUserRequest>,
  context: { correlationId: string; log: Logger },
) {
  await requireDelegatedAdmin(caller.organizationId, customerId);
  // a user with no roles: the partner's admin agent may see its temporary password, as the seed shows
  return addUser(
    {
      organizationId: customerId,
      email: body.email,
      fullName: body.fullName,
      language: body.language,
      agentRole: 'NotAnAgent',
      adminRole: 'NotAnAdmin',
    },
    { creator: caller, ...context },
  );
}
