import { requireDelegatedAdmin } from '#shared/customers/relationships-store';
import { createCustomerUser } from '#shared/customers/routes';
import { customerUser } from '#shared/customers/users';
import { httpHandler, reply } from '#shared/http/handler';
import { addUserWithTemporaryPassword } from '#shared/users/add';

/** A partner with admin permissions adds a user to the customer's tenant on its behalf. */
export const handler = httpHandler(createCustomerUser, async ({ params, body, caller, correlationId, log }) => {
  await requireDelegatedAdmin(caller.organizationId, params.customerId);
  const { member, temporaryPassword } = await addUserWithTemporaryPassword(
    {
      organizationId: params.customerId,
      email: body.email,
      fullName: body.fullName,
      language: body.language,
      agentRole: 'NotAnAgent',
      adminRole: 'NotAnAdmin',
    },
    { correlationId, log, sendSignInEmail: false },
  );
  return reply.created(
    { user: customerUser(member), temporaryPassword },
    `/v1/customers/${params.customerId}/users/${member.userId}`,
  );
});
