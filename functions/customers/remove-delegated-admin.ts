import { removeDelegatedAdmin } from '#shared/customers/routes';
import { removePartnerAdmin } from '#shared/customers/tenant';
import { httpHandler, reply } from '#shared/http/handler';

/** The customer removes a partner's admin permissions; the relationship stays, and the partner is told. */
export const handler = httpHandler(removeDelegatedAdmin, async ({ params, caller, correlationId }) =>
  reply.ok(await removePartnerAdmin(caller.organizationId, params.partnerId, correlationId)),
);
