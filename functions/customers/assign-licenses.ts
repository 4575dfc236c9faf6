import { assignLicenses } from '#shared/customers/routes';
import { changeCustomerLicense } from '#shared/customers/users';
import { httpHandler, reply } from '#shared/http/handler';

/** A license of a subscription to one user: the user's set and the subscription's count change in one transaction. */
export const handler = httpHandler(assignLicenses, async ({ params, body, caller }) =>
  reply.ok(await changeCustomerLicense(caller, params.customerId, params.userId, body)),
);
