import { httpHandler, reply } from '#shared/http/handler';
import { listTenantServiceRequests } from '#shared/users/routes';
import { listCustomerServiceRequests } from '#shared/users/service-requests-store';

/** The customer's own view: what its partners opened on its behalf. */
export const handler = httpHandler(listTenantServiceRequests, async ({ query, caller }) =>
  reply.ok(await listCustomerServiceRequests(caller.organizationId, query)),
);
