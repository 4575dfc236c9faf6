import { acceptTransitionAsProvider } from '#shared/direct-bill/actions';
import { acceptDirectBillTransition } from '#shared/direct-bill/routes';
import { toTransitionView } from '#shared/direct-bill/transitions-store';
import { httpHandler, reply } from '#shared/http/handler';

/** The provider the partner chose accepts it: the first step of the checklist. */
export const handler = httpHandler(acceptDirectBillTransition, async ({ params, caller, correlationId }) =>
  reply.ok(toTransitionView(await acceptTransitionAsProvider(caller, params.partnerId, correlationId))),
);
