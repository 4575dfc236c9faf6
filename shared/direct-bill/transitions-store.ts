import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { directBillEvents } from '#shared/direct-bill/events';
import { clock } from '#shared/platform/clock';
import { defineEntity } from '#shared/platform/entity';
import { ConflictError, NotFoundError } from '#shared/platform/errors';
import { db, type TransactItem, tableName, transact } from '#shared/platform/table';

export const transitionEntity = defineEntity({
  name: 'DirectBillTransition',
  key: { pk: 'ORG#{organizationId}', sk: 'DIRECTBILL#TRANSITION' },
  indexes: { gsi1: { pk: 'ORG#{providerId}#TRANSITIONS', sk: '{organizationId}' } },
  patterns: ["a partner's transition to indirect reseller: GetItem", 'the transitions to a provider: Query gsi1'],
});

export const transitionSteps = ['ProviderAccepts', 'CustomersBillingMoved', 'DirectBillEnded'] as const;
export type TransitionStep = (typeof transitionSteps)[number];

export interface TransitionRecord {
  organizationId: string;
  providerId: string;
  state: 'InProgress' | 'Completed';
  steps: { step: TransitionStep; state: 'Pending' | 'Done'; doneAt?: string }[];
  startedAt: string;
  version: number;
}

export function toTransitionView(record: TransitionRecord) {
  const { organizationId, providerId, state, steps, startedAt, version } = record;
  return { organizationId, providerId, state, steps, startedAt, version };
}

export async function getTransition(organizationId: string): Promise<TransitionRecord> {
  const { Item } = await db.send(
    new GetCommand({ TableName: tableName, Key: transitionEntity.key({ organizationId }), ConsistentRead: true }),
  );
  if (!Item) throw new NotFoundError('No transition to indirect reseller.');
  return Item as TransitionRecord;
}

/** Marks one step done, in order, conditional on the version read. */
export async function completeStep(
  record: TransitionRecord,
  step: TransitionStep,
  correlationId: string,
  extra: TransactItem[] = [],
): Promise<TransitionRecord> {
  const index = record.steps.findIndex((s) => s.step === step);
  if (record.steps.slice(0, index).some((s) => s.state !== 'Done'))
    throw new ConflictError(
      `Finish the earlier steps first: ${record.steps
        .filter((s, i) => i < index && s.state !== 'Done')
        .map((s) => s.step)
        .join(', ')}.`,
    );
  if (record.steps[index]!.state === 'Done') throw new ConflictError(`${step} is already done.`);
  const steps = record.steps.map((s) =>
    s.step === step ? { ...s, state: 'Done' as const, doneAt: clock.nowIso() } : s,
  );
  const next: TransitionRecord = {
    ...record,
    steps,
    state: steps.every((s) => s.state === 'Done') ? 'Completed' : 'InProgress',
    version: record.version + 1,
  };
  await transact(
    [
      {
        Put: {
          TableName: tableName,
          Item: {
            ...transitionEntity.key({ organizationId: record.organizationId }),
            entity: 'DirectBillTransition',
            ...next,
          },
          ConditionExpression: 'version = :v',
          ExpressionAttributeValues: { ':v': record.version },
        },
      },
      ...extra,
      directBillEvents.put(
        'DirectBillTransitionStepDone',
        { step, providerId: record.providerId },
        { organizationId: record.organizationId, correlationId },
      ),
    ],
    () => new ConflictError('The transition changed meanwhile; read it again.'),
  );
  return next;
}

/** Starts a transition (one at a time; a completed one may be followed by another), with its event. */
export async function insertTransition(record: TransitionRecord, correlationId: string): Promise<void> {
  await transact(
    [
      {
        Put: {
          TableName: tableName,
          Item: {
            ...transitionEntity.key({ organizationId: record.organizationId }),
            entity: 'DirectBillTransition',
            ...record,
            ...transitionEntity.index('gsi1', { providerId: record.providerId, organizationId: record.organizationId }),
          },
          ConditionExpression: 'attribute_not_exists(pk) OR #state = :done',
          ExpressionAttributeNames: { '#state': 'state' },
          ExpressionAttributeValues: { ':done': 'Completed' },
        },
      },
      directBillEvents.put(
        'DirectBillTransitionStarted',
        { providerId: record.providerId },
        { organizationId: record.organizationId, correlationId },
      ),
    ],
    () => new ConflictError('A transition is already in progress.'),
  );
}

/** Access pattern: the transitions that chose this provider (gsi1), one page. */
export async function listTransitionsTo(providerId: string, limit = 50): Promise<TransitionRecord[]> {
  const { Items } = await db.send(
    new QueryCommand({
      TableName: tableName,
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :pk',
      ExpressionAttributeValues: { ':pk': transitionEntity.indexPartition('gsi1', { providerId }) },
      Limit: limit,
    }),
  );
  return (Items ?? []) as TransitionRecord[];
}
