import { applyForDirectBill } from '#shared/direct-bill/actions';
import { toApplicationView } from '#shared/direct-bill/applications-store';
import { createDirectBillApplication } from '#shared/direct-bill/routes';
import { httpHandler, reply } from '#shared/http/handler';

export const handler = httpHandler(createDirectBillApplication, async ({ caller, correlationId }) =>
  reply.created(
    toApplicationView(await applyForDirectBill(caller, correlationId)),
    '/v1/direct-bill/applications/current',
  ),
);
