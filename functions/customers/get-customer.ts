import { customerRecord } from '#shared/customers/record';
import { getCustomer } from '#shared/customers/routes';
import { httpHandler, reply } from '#shared/http/handler';

/** The expanded customer record (seed 000: account, services, users and licenses). */
export const handler = httpHandler(getCustomer, async ({ params, caller }) =>
  reply.ok(await customerRecord(caller, params.customerId)),
);
