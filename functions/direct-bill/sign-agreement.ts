import { signDirectBill } from '#shared/direct-bill/actions';
import { toApplicationView } from '#shared/direct-bill/applications-store';
import { signDirectBillAgreement } from '#shared/direct-bill/routes';
import { httpHandler, reply } from '#shared/http/handler';

export const handler = httpHandler(signDirectBillAgreement, async ({ caller, client, correlationId }) =>
  reply.ok(toApplicationView(await signDirectBill(caller, client, correlationId))),
);
