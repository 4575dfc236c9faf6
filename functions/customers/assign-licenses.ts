import { requireDelegatedAdmin } from '#shared/customers/relationships-store';
import { assignLicenses } from '#shared/customers/routes';
import { changeLicense } from '#shared/customers/subscriptions-store';
import { customerUser } from '#shared/customers/users';
import { httpHandler, reply } from '#shared/http/handler';
import { NotFoundError } from '#shared/platform/errors';
import { getMember } from '#shared/users/organizations-store';

/** A license of a subscription to one user: the user's set and the subscription's count change in one transaction. */
export const handler = httpHandler(assignLicenses, async ({ params, body, caller }) => {
  const relationship = await requireDelegatedAdmin(caller.organizationId, params.customerId);
  const member = await getMember(params.userId);
  if (!member || member.organizationId !== params.customerId) throw new NotFoundError('No such user of this customer.');
  const assign = body.action === 'assign';
  await changeLicense(params.customerId, body.subscriptionId, member.userId, assign, relationship.resellerOfRecord);
  const others = (member.licenses ?? []).filter((id) => id !== body.subscriptionId);
  return reply.ok(customerUser({ ...member, licenses: assign ? [...others, body.subscriptionId].sort() : others }));
});
