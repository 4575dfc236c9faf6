import { listSharedRelationships } from '#shared/customers/relationships-store';
import { httpHandler, reply } from '#shared/http/handler';
import { requireLink } from '#shared/partners/links-store';
import { listSharedCustomers } from '#shared/partners/routes';

/**
 * Access pattern: the caller's customers whose relationship is shared with the linked organization (the
 * customer relationship items carry `sharedWith`): one Query on the caller's customers.
 */
export const handler = httpHandler(listSharedCustomers, async ({ params, query, caller }) => {
  await requireLink(caller.organizationId, params.organizationId);
  const result = await listSharedRelationships(caller.organizationId, params.organizationId, query);
  const items = result.items.map(({ customerId, customerName, domain, country, state, role }) => ({
    customerId,
    customerName,
    domain,
    country,
    state,
    role,
  }));
  return reply.ok({ items, nextCursor: result.nextCursor });
});
