import { requireDelegatedAdmin } from '#shared/customers/relationships-store';
import { assignLicenses } from '#shared/customers/routes';
import { changeLicense } from '#shared/customers/subscriptions-store';
import { customerUser } from '#shared/customers/users';
import { httpHandler, reply } from '#shared/http/handler';
import { ConflictError, NotFoundError } from '#shared/platform/errors';
import { getMember } from '#shared/users/organizations-store';

/** A license of a subscription to one user: the count and the user's list change in one transaction. */
export const handler = httpHandler(assignLicenses, async ({ params, body, caller }) => {
  const relationship = await requireDelegatedAdmin(caller.organizationId, params.customerId);
  const member = (await getMember(params.userId)) as
    | (Awaited<ReturnType<typeof getMember>> & { licenses?: string[] })
    | undefined;
  if (!member || member.organizationId !== params.customerId) throw new NotFoundError('No such user of this customer.');
  const licenses = member.licenses ?? [];
  const assign = body.action === 'assign';
  if (assign === licenses.includes(body.subscriptionId))
    throw new ConflictError(assign ? 'The user already has this license.' : 'The user does not have this license.');
  const next = assign ? [...licenses, body.subscriptionId] : licenses.filter((id) => id !== body.subscriptionId);
  await changeLicense(params.customerId, body.subscriptionId, member, next, assign, relationship.resellerOfRecord);
  return reply.ok(customerUser({ ...member, licenses: next }));
});
