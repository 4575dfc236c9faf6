import { completeTransitionStepFor } from '#shared/direct-bill/actions';
import { completeTransitionStep } from '#shared/direct-bill/routes';
import { toTransitionView } from '#shared/direct-bill/transitions-store';
import { httpHandler, reply } from '#shared/http/handler';

/** The partner's steps: its customers' billing moved, then direct-bill ends and it is an indirect reseller. */
export const handler = httpHandler(completeTransitionStep, async ({ params, caller, correlationId }) =>
  reply.ok(toTransitionView(await completeTransitionStepFor(caller, params.step, correlationId))),
);
