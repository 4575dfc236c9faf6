import { createCustomerUser } from '#shared/customers/routes';
import { addCustomerUser, customerUser } from '#shared/customers/users';
import { httpHandler, reply } from '#shared/http/handler';

/** A partner with admin permissions adds a user to the customer's tenant on its behalf. */
export const handler = httpHandler(createCustomerUser, async ({ params, body, caller, correlationId, log }) => {
  const { member, temporaryPassword } = await addCustomerUser(caller, params.customerId, body, { correlationId, log });
  return reply.created(
    { user: customerUser(member), ...(temporaryPassword ? { temporaryPassword } : {}) },
    `/v1/customers/${params.customerId}/users/${member.userId}`,
  );
});
