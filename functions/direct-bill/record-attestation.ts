import { attest } from '#shared/direct-bill/actions';
import { recordDirectBillAttestation } from '#shared/direct-bill/routes';
import { httpHandler, reply } from '#shared/http/handler';

export const handler = httpHandler(recordDirectBillAttestation, async ({ body, caller, correlationId }) =>
  reply.ok(await attest(caller, body, correlationId)),
);
