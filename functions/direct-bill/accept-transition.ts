import { acceptDirectBillTransition } from '#shared/direct-bill/routes';
import { completeStep, getTransition, toTransitionView } from '#shared/direct-bill/transitions-store';
import { httpHandler, reply } from '#shared/http/handler';
import { NotFoundError } from '#shared/platform/errors';

/** The provider the partner chose accepts it: the first step of the checklist. */
export const handler = httpHandler(acceptDirectBillTransition, async ({ params, caller, correlationId }) => {
  const transition = await getTransition(params.partnerId).catch(() => undefined);
  if (!transition || transition.providerId !== caller.organizationId)
    throw new NotFoundError('No transition to you from that partner.');
  return reply.ok(toTransitionView(await completeStep(transition, 'ProviderAccepts', correlationId)));
});
