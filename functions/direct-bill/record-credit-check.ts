import { recordOperatorResult } from '#shared/direct-bill/actions';
import { toApplicationView } from '#shared/direct-bill/applications-store';
import { recordCreditCheck } from '#shared/direct-bill/routes';
import { httpHandler, reply } from '#shared/http/handler';

/** The credit check (seed 001: it can take days); the partner is emailed when it passes. */
export const handler = httpHandler(recordCreditCheck, async ({ params, body, correlationId }) =>
  reply.ok(toApplicationView(await recordOperatorResult(params.organizationId, 'CreditCheck', body, correlationId))),
);
