import { reevaluatePartner } from '#shared/direct-bill/reevaluate';
import { httpHandler, reply } from '#shared/http/handler';
import { reevaluateDirectBillPartner } from '#shared/direct-bill/routes';

export const handler = httpHandler(reevaluateDirectBillPartner, async ({ params, correlationId }) =>
  reply.ok({ organizationId: params.organizationId, ...(await reevaluatePartner(params.organizationId, { onlyIfDue: false, correlationId })) }),
);
