import { listTenantSubscriptions } from '#shared/customers/routes';
import { listSubscriptionPage } from '#shared/customers/subscriptions-store';
import { httpHandler, reply } from '#shared/http/handler';

/** The customer's own view of what it subscribes to, whoever sold it. */
export const handler = httpHandler(listTenantSubscriptions, async ({ query, caller }) =>
  reply.ok(await listSubscriptionPage(caller.organizationId, query)),
);
