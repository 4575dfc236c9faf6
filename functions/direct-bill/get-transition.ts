import { getTransition, toTransitionView } from '../../shared/data/transitions';
import { httpHandler, reply } from '../../shared/http/handler';
import { getDirectBillTransition } from '../../shared/routes/direct-bill';

export const handler = httpHandler(getDirectBillTransition, async ({ caller }) => reply.ok(toTransitionView(await getTransition(caller.organizationId))));
