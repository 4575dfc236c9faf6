import { startTransitionToIndirect } from '#shared/direct-bill/routes';
import { type TransitionRecord, toTransitionView, transitionSteps } from '#shared/direct-bill/transitions-store';
import { httpHandler, reply } from '#shared/http/handler';
import { getLinkBetween } from '#shared/partners/links-store';
import { clock } from '#shared/platform/clock';
import { ConflictError } from '#shared/platform/errors';
import { keys } from '#shared/platform/keys';
import { putEvent } from '#shared/platform/outbox';
import { tableName, transact } from '#shared/platform/table';
import { getOrganization } from '#shared/users/organizations-store';

/** Seed 001: a direct-bill partner (restricted ones are offered it) moves to indirect reseller with a provider. */
export const handler = httpHandler(startTransitionToIndirect, async ({ body, caller, correlationId }) => {
  const organization = await getOrganization(caller.organizationId);
  const status = organization?.programs.DirectBill?.status;
  if (status !== 'Active' && status !== 'Restricted')
    throw new ConflictError('Only a direct-bill partner can transition to indirect reseller.', { status });
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
  await transact(
    [
      {
        Put: {
          TableName: tableName,
          Item: {
            ...keys.directBillTransition(caller.organizationId),
            entity: 'DirectBillTransition',
            ...record,
            gsi1pk: `ORG#${body.providerId}#TRANSITIONS`,
            gsi1sk: caller.organizationId,
          },
          ConditionExpression: 'attribute_not_exists(pk) OR #state = :done',
          ExpressionAttributeNames: { '#state': 'state' },
          ExpressionAttributeValues: { ':done': 'Completed' },
        },
      },
      putEvent(
        'DirectBillTransitionStarted',
        { providerId: body.providerId },
        { organizationId: caller.organizationId, correlationId },
      ),
    ],
    () => new ConflictError('A transition is already in progress.'),
  );
  return reply.created(toTransitionView(record), '/v1/direct-bill/transition');
});
