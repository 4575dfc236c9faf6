import { startTransitionToIndirect } from '#shared/direct-bill/routes';
import {
  insertTransition,
  type TransitionRecord,
  toTransitionView,
  transitionSteps,
} from '#shared/direct-bill/transitions-store';
import { httpHandler, reply } from '#shared/http/handler';
import { getLinkBetween } from '#shared/partners/links-store';
import { clock } from '#shared/platform/clock';
import { ConflictError } from '#shared/platform/errors';
import { getOrganization } from '#shared/users/organizations-store';

/** Seed 001: a direct-bill partner (restricted ones are offered it) moves to indirect reseller with a provider. */
export const handler = httpHandler(startTransitionToIndirect, async ({ body, caller, correlationId }) => {
  const organization = await getOrganization(caller.organizationId);
  const status = organization?.programs.DirectBill?.status;
  if (status !== 'Active' && status !== 'Restricted')
    throw new ConflictError('Only a direct-bill partner can transition to indirect reseller.', {
      directBillStatus: status,
    });
  const link = await getLinkBetween(caller.organizationId, body.providerId);
  if (link?.side !== 'reseller' || link.link.state !== 'Active')
    throw new ConflictError('Choose an indirect provider you are actively linked with.', {
      linkState: link?.link.state ?? 'None',
    });
  const record: TransitionRecord = {
    organizationId: caller.organizationId,
    providerId: body.providerId,
    state: 'InProgress',
    steps: transitionSteps.map((step) => ({ step, state: 'Pending' })),
    startedAt: clock.nowIso(),
    version: 1,
  };
  await insertTransition(record, correlationId);
  return reply.created(toTransitionView(record), '/v1/direct-bill/transitions/current');
});
