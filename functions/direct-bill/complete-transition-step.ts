import { completeTransitionStep } from '#shared/direct-bill/routes';
import { getProfile, profileUpdateItem } from '#shared/direct-bill/store';
import { completeStep, getTransition, toTransitionView } from '#shared/direct-bill/transitions-store';
import { httpHandler, reply } from '#shared/http/handler';
import { setProgramItem } from '#shared/users/organizations-store';

/** The partner's steps: its customers' billing moved, then direct-bill ends and it is an indirect reseller. */
export const handler = httpHandler(completeTransitionStep, async ({ params, caller, correlationId }) => {
  const transition = await getTransition(caller.organizationId);
  const extra =
    params.step === 'DirectBillEnded'
      ? [
          setProgramItem(caller.organizationId, 'DirectBill', 'Ended'),
          profileUpdateItem(await getProfile(caller.organizationId), { status: 'Ended' }),
        ]
      : [];
  return reply.ok(toTransitionView(await completeStep(transition, params.step, correlationId, extra)));
});
