import { getTransition, toTransitionView } from '#shared/direct-bill/transitions-store';
import { httpHandler, reply } from '#shared/http/handler';
import { getDirectBillTransition } from '#shared/direct-bill/routes';

export const handler = httpHandler(getDirectBillTransition, async ({ caller }) => reply.ok(toTransitionView(await getTransition(caller.organizationId))));
