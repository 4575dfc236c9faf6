import { ledger } from '#shared/customers/relationships-store';
import { listCustomerRelationships } from '#shared/customers/routes';
import { httpHandler, reply } from '#shared/http/handler';

/** The customer's single view of who holds what on its tenant (a pain point of Partner Center's customers). */
export const handler = httpHandler(listCustomerRelationships, async ({ caller }) =>
  reply.ok(await ledger(caller.organizationId)),
);
