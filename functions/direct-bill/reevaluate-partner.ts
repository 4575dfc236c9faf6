import { reevaluatePartner } from '#shared/direct-bill/reevaluate';
import { reevaluateDirectBillPartner } from '#shared/direct-bill/routes';
import { httpHandler, reply } from '#shared/http/handler';

export const handler = httpHandler(reevaluateDirectBillPartner, async ({ params, correlationId }) =>
  reply.ok({
    organizationId: params.organizationId,
    ...(await reevaluatePartner(params.organizationId, { onlyIfDue: false, correlationId })),
  }),
);
