import { requireDelegatedAdmin } from '#shared/customers/relationships-store';
import { createCustomerUser } from '#shared/customers/routes';
import { customerUser } from '#shared/customers/users';
import { httpHandler, reply } from '#shared/http/handler';
import { addUser } from '#shared/users/add';

/** A partner with admin permissions adds a user to the customer's tenant on its behalf. */
export const handler = httpHandler(createCustomerUser, async ({ params, body, caller, correlationId, log }) => {
  await requireDelegatedAdmin(caller.organizationId, params.customerId);
  const { member, temporaryPassword } = await addUser(
    {
      organizationId: params.customerId,
      email: body.email,
      fullName: body.fullName,
      language: body.language,
      agentRole: 'NotAnAgent',
      adminRole: 'NotAnAdmin',
    },
    // a user with no roles: the partner's admin agent may see its temporary password, as the seed shows
    { creator: caller, correlationId, log },
  );
  return reply.created(
    { user: customerUser(member), ...(temporaryPassword ? { temporaryPassword } : {}) },
    `/v1/customers/${params.customerId}/users/${member.userId}`,
  );
});
