import { startTransition } from '#shared/direct-bill/actions';
import { startTransitionToIndirect } from '#shared/direct-bill/routes';
import { toTransitionView } from '#shared/direct-bill/transitions-store';
import { httpHandler, reply } from '#shared/http/handler';

/** Seed 001: a direct-bill partner (restricted ones are offered it) moves to indirect reseller with a provider. */
export const handler = httpHandler(startTransitionToIndirect, async ({ body, caller, correlationId }) =>
  reply.created(
    toTransitionView(await startTransition(caller, body.providerId, correlationId)),
    '/v1/direct-bill/transitions/current',
  ),
);
