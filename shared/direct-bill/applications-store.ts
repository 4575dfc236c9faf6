import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { directBillEvents } from '#shared/direct-bill/events';
import {
  type ApplicationMove,
  type ApplicationState,
  applicationLifecycle,
  finalApplicationStates,
  stepMoves,
} from '#shared/direct-bill/lifecycle';
import type { Evaluation } from '#shared/direct-bill/rules';
import type { DirectBillStepName } from '#shared/direct-bill/workflow';
import { clock } from '#shared/platform/clock';
import { defineEntity } from '#shared/platform/entity';
import { ConflictError, NotFoundError } from '#shared/platform/errors';
import type { EventInput } from '#shared/platform/outbox';
import { db, type TransactItem, tableName, transact, withoutStorage } from '#shared/platform/table';

const applicationEntity = defineEntity({
  name: 'DirectBillApplication',
  key: { pk: 'ORG#{organizationId}', sk: 'DIRECTBILL#APPLICATION' },
  indexes: { gsi2: { pk: 'DIRECTBILL#{state}', sk: '{organizationId}' } },
  patterns: [
    "an organization's direct-bill application: GetItem",
    "operators' queue of applications by state (credit checks and assessments to record): Query gsi2",
  ],
});

export { type ApplicationState, applicationStates, finalApplicationStates } from '#shared/direct-bill/lifecycle';

export interface ApplicationRecord {
  applicationId: string;
  organizationId: string;
  state: ApplicationState;
  policyVersion: string;
  gate?: Evaluation;
  decision?: Evaluation;
  agreement?: Record<string, unknown>;
  waiting?: { step: DirectBillStepName; taskToken: string; since: string; dueAt: string };
  executionName: string;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export function toApplicationView(record: ApplicationRecord) {
  const {
    waiting,
    executionName: _e,
    createdBy: _c,
    ...visible
  } = withoutStorage(record as unknown as Record<string, unknown>) as unknown as ApplicationRecord;
  return {
    ...visible,
    ...(waiting ? { waiting: { step: waiting.step, since: waiting.since, dueAt: waiting.dueAt } } : {}),
  };
}

export async function getApplication(organizationId: string): Promise<ApplicationRecord | undefined> {
  const { Item } = await db.send(
    new GetCommand({ TableName: tableName, Key: applicationEntity.key({ organizationId }), ConsistentRead: true }),
  );
  return Item as ApplicationRecord | undefined;
}

export async function requireApplication(organizationId: string): Promise<ApplicationRecord> {
  const record = await getApplication(organizationId);
  if (!record) throw new NotFoundError('No direct-bill application.');
  return record;
}

/** The applications in `state` (an operator's queue), one page. */
export async function listApplicationsInState(state: ApplicationState, limit = 50): Promise<ApplicationRecord[]> {
  const { Items } = await db.send(
    new QueryCommand({
      TableName: tableName,
      IndexName: 'gsi2',
      KeyConditionExpression: 'gsi2pk = :queue',
      ExpressionAttributeValues: { ':queue': applicationEntity.indexPartition('gsi2', { state }) },
      Limit: limit,
    }),
  );
  return (Items ?? []) as ApplicationRecord[];
}

/** One application at a time: a second while one is open answers 409 (a finished one may be followed by a new one). */
export async function insertApplication(record: ApplicationRecord, correlationId: string): Promise<void> {
  await transact(
    [
      {
        Put: {
          TableName: tableName,
          Item: {
            ...applicationEntity.key({ organizationId: record.organizationId }),
            entity: 'DirectBillApplication',
            ...record,
            ...applicationEntity.index('gsi2', { state: record.state, organizationId: record.organizationId }),
          },
          ConditionExpression: `attribute_not_exists(pk) OR #state IN (${finalApplicationStates.map((_, i) => `:f${i}`).join(', ')})`,
          ExpressionAttributeNames: { '#state': 'state' },
          ExpressionAttributeValues: Object.fromEntries(finalApplicationStates.map((state, i) => [`:f${i}`, state])),
        },
      },
      directBillEvents.put(
        'DirectBillApplicationStarted',
        { applicationId: record.applicationId, executionName: record.executionName },
        { organizationId: record.organizationId, correlationId },
      ),
    ],
    () => new ConflictError('Your organization already has a direct-bill application in progress.'),
  );
}

/** Moves the application from one of `from` to `to`, conditional; with optional extra items and an event. */
export async function transitionApplication(input: {
  organizationId: string;
  /** The move of the transition table (`shared/direct-bill/lifecycle.ts`). */
  move: ApplicationMove;
  /** The target, for a move that may lead to several states. */
  to?: ApplicationState;
  set?: Record<string, unknown>;
  remove?: string[];
  condition?: { expression: string; values: Record<string, unknown> };
  extra?: TransactItem[];
  event?: EventInput<typeof directBillEvents.catalog>;
  correlationId?: string;
  action: string;
}): Promise<void> {
  const { from, to } = applicationLifecycle.move(input.move, input.to);
  const names: Record<string, string> = { '#state': 'state' };
  const values: Record<string, unknown> = {
    ':now': clock.nowIso(),
    ':one': 1,
    ...input.condition?.values,
  };
  const sets = ['updatedAt = :now', 'version = version + :one'];
  if (to) {
    sets.push('#state = :to', 'gsi2pk = :queue');
    values[':to'] = to;
    values[':queue'] = applicationEntity.indexPartition('gsi2', { state: to });
  }
  Object.entries(input.set ?? {}).forEach(([name, value], i) => {
    names[`#s${i}`] = name;
    values[`:s${i}`] = value;
    sets.push(`#s${i} = :s${i}`);
  });
  from.forEach((state, i) => {
    values[`:from${i}`] = state;
  });
  const removes = (input.remove ?? []).map((name, i) => {
    names[`#r${i}`] = name;
    return `#r${i}`;
  });
  const conditionFrom = `#state IN (${from.map((_, i) => `:from${i}`).join(', ')})`;
  await transact(
    [
      {
        Update: {
          TableName: tableName,
          Key: applicationEntity.key({ organizationId: input.organizationId }),
          UpdateExpression: `SET ${sets.join(', ')}${removes.length ? ` REMOVE ${removes.join(', ')}` : ''}`,
          ConditionExpression: input.condition ? `${conditionFrom} AND ${input.condition.expression}` : conditionFrom,
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
        },
      },
      ...(input.extra ?? []),
      ...(input.event
        ? [
            directBillEvents.putInput(input.event, {
              organizationId: input.organizationId,
              correlationId: input.correlationId,
            }),
          ]
        : []),
    ],
    () => new ConflictError(`The application cannot ${input.action} now.`),
  );
}

/** A person (operator or partner) answers the step the workflow waits on; the event resumes it. */
export async function answerApplicationStep(input: {
  record: ApplicationRecord;
  step: DirectBillStepName;
  /** The target, for an answer that may lead to several states (a credit check passes or fails). */
  to?: ApplicationState;
  output: Record<string, unknown>;
  set?: Record<string, unknown>;
  extra?: TransactItem[];
  correlationId: string;
  action: string;
}): Promise<void> {
  const { record } = input;
  const move = stepMoves[input.step].answer;
  if (!applicationLifecycle.allows(move, record.state) || record.waiting?.step !== input.step) {
    throw new ConflictError(`The application is ${record.state}: it cannot ${input.action} now.`, {
      applicationState: record.state,
    });
  }
  await transitionApplication({
    organizationId: record.organizationId,
    move,
    to: input.to,
    set: input.set,
    remove: ['waiting'],
    condition: { expression: 'waiting.taskToken = :token', values: { ':token': record.waiting.taskToken } },
    extra: input.extra,
    event: {
      type: 'DirectBillStepAnswered',
      payload: {
        applicationId: record.applicationId,
        step: input.step,
        taskToken: record.waiting.taskToken,
        output: input.output,
      },
    },
    correlationId: input.correlationId,
    action: input.action,
  }).catch(async (error: unknown) => {
    if (error instanceof ConflictError) {
      const current = await getApplication(record.organizationId);
      throw new ConflictError(`The application is ${current?.state}: it cannot ${input.action} now.`, {
        applicationState: current?.state,
      });
    }
    throw error;
  });
}
