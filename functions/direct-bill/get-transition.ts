import { getDirectBillTransition } from '#shared/direct-bill/routes';
import { getTransition, toTransitionView } from '#shared/direct-bill/transitions-store';
import { httpHandler, reply } from '#shared/http/handler';

export const handler = httpHandler(getDirectBillTransition, async ({ caller }) =>
  reply.ok(toTransitionView(await getTransition(caller.organizationId))),
);
