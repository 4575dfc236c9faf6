import { GetCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { type EnrollmentEventCatalog, enrollmentEvents } from '#shared/enrollment/events';
import { type EnrollmentMove, enrollmentLifecycle } from '#shared/enrollment/lifecycle';
import {
  type EnrollmentState,
  reapplyAfterRejectionDays,
  vettingViewOf,
  type WaitStep,
} from '#shared/enrollment/rules';
import type { Enrollment } from '#shared/enrollment/schemas';
import { clock } from '#shared/platform/clock';
import { defineEntity } from '#shared/platform/entity';
import { ConflictError, NotFoundError } from '#shared/platform/errors';
import { mailCapError, mailQuotaItems } from '#shared/platform/mail-quota-store';
import type { EventInput } from '#shared/platform/outbox';
import { db, isConditionFailed, type TransactItem, tableName, transact, withoutStorage } from '#shared/platform/table';
import type * as z from '#shared/platform/zod';

export const enrollmentEntity = defineEntity({
  name: 'Enrollment',
  key: { pk: 'ORG#{organizationId}', sk: 'ENROLLMENT#IndirectReseller' },
  indexes: { gsi2: { pk: 'ENROLLMENTS#{state}', sk: '{createdAt}#{enrollmentId}' } },
  patterns: [
    "an organization's enrollment: GetItem",
    'the enrollments in a state, oldest first (review queue, reconciler) or newest first (active partners): Query gsi2',
  ],
});

/** Lets operators and email links find an enrollment by id with one consistent read. */
export const enrollmentPointerEntity = defineEntity({
  name: 'EnrollmentPointer',
  key: { pk: 'ENROLLMENT#{enrollmentId}', sk: 'POINTER' },
  patterns: ['an enrollment by id: GetItem, then the enrollment'],
});

type AnswerType = 'EmailOwnershipVerified' | 'EnrollmentReviewed' | 'InquiryAnswered' | 'AgreementSigned';
/** An answer's event as a caller gives it: the payload without the enrollment id and task token. */
export type AnswerEvent = {
  [T in AnswerType]: { type: T; payload: Omit<z.input<EnrollmentEventCatalog[T]>, 'enrollmentId' | 'taskToken'> };
}[AnswerType];

/** Where the workflow waits for a person. The task token never leaves the server. */
export interface Waiting {
  step: WaitStep;
  taskToken: string;
  since: string;
  dueAt?: string;
}

/** The stored enrollment: the public view plus server-side workflow state. */
export interface EnrollmentRecord extends Omit<Enrollment, 'vettingStatus' | 'vettingSubStatus' | 'waiting'> {
  createdBy: string;
  executionName: string;
  /** How many executions this enrollment has had (resumes and reconciler restarts add one). */
  attempt: number;
  waiting?: Waiting;
}

/**
 * The enrollment as a reader may see it. Without `profile` (a reader who may not view partner profiles, such
 * as a helpdesk agent: seed 000) it leaves out the legal profile, the contacts and the signer's attestation.
 */
export function toEnrollmentView(
  record: EnrollmentRecord,
  reader: { profile: boolean } = { profile: true },
): Enrollment {
  const {
    createdBy: _c,
    executionName: _e,
    attempt: _a,
    waiting,
    review,
    ...visible
  } = withoutStorage(record as unknown as Record<string, unknown>) as unknown as EnrollmentRecord;
  // who decided stays in the audit history, not in the enrollment a partner reads
  const { decidedBy: _d, ...decision } = (review ?? {}) as NonNullable<EnrollmentRecord['review']> & {
    decidedBy?: string;
  };
  const view = {
    ...visible,
    ...(review ? { review: decision } : {}),
    ...vettingViewOf(record.state),
    ...(waiting ? { waiting: { step: waiting.step, since: waiting.since, dueAt: waiting.dueAt } } : {}),
  };
  if (reader.profile) return view;
  const { legalProfile: _l, primaryContact: _p, support: _s, agreement: _g, ...withoutProfile } = view;
  return withoutProfile;
}

const stateIndex = (state: EnrollmentState) => enrollmentEntity.indexPartition('gsi2', { state });

function enrollmentItem(record: EnrollmentRecord): Record<string, unknown> {
  return {
    ...enrollmentEntity.key({ organizationId: record.organizationId }),
    entity: 'Enrollment',
    ...record,
    // operators' queue of enrollments by state, oldest first
    ...enrollmentEntity.index('gsi2', {
      state: record.state,
      createdAt: record.createdAt,
      enrollmentId: record.enrollmentId,
    }),
  };
}

/** The latest rejection time after which an organization may apply again. */
function reapplyCutoff(): string {
  return new Date(clock.now().getTime() - reapplyAfterRejectionDays * 86_400_000).toISOString();
}

/** When a rejected organization may apply again: at once when only its contact's address was webmail. */
export function mayApplyAgainAt(record: EnrollmentRecord): string | undefined {
  if (record.state !== 'Rejected') return undefined;
  if (record.checks?.emailDomain?.status === 'Rejected') return record.updatedAt;
  return new Date(new Date(record.updatedAt).getTime() + reapplyAfterRejectionDays * 86_400_000).toISOString();
}

/**
 * One enrollment per organization: a second one answers 409 and writes nothing, except after a rejection whose
 * waiting period is over (`reapplyAfterRejectionDays`), when the new enrollment replaces it.
 */
export async function insertEnrollment(
  record: EnrollmentRecord,
  correlationId: string,
  event: 'EnrollmentStarted' | 'EnrollmentActivated' = 'EnrollmentStarted',
  extra: TransactItem[] = [],
  /** The address its first email goes to (the verification link): counted against the daily mail caps. */
  mailTo?: string,
): Promise<void> {
  const quota = mailTo ? mailQuotaItems(record.organizationId, mailTo) : [];
  const quotaAt = extra.length + 3;
  await transact(
    [
      ...extra,
      {
        Put: {
          TableName: tableName,
          Item: enrollmentItem(record),
          // one enrollment per organization; a rejected one may be replaced once its waiting period is over
          ConditionExpression:
            'attribute_not_exists(pk) OR (#state = :rejected AND (updatedAt <= :cutoff OR checks.emailDomain.#status = :rejected))',
          ExpressionAttributeNames: { '#state': 'state', '#status': 'status' },
          ExpressionAttributeValues: { ':rejected': 'Rejected', ':cutoff': reapplyCutoff() },
        },
      },
      // lets operators and email links find an enrollment by id with one consistent read
      {
        Put: {
          TableName: tableName,
          Item: {
            ...enrollmentPointerEntity.key({ enrollmentId: record.enrollmentId }),
            entity: 'EnrollmentPointer',
            organizationId: record.organizationId,
          },
        },
      },
      enrollmentEvents.putInput(
        event === 'EnrollmentStarted'
          ? {
              type: event,
              payload: {
                enrollmentId: record.enrollmentId,
                program: record.program,
                executionName: record.executionName,
              },
            }
          : { type: event, payload: { enrollmentId: record.enrollmentId } },
        { organizationId: record.organizationId, correlationId },
      ),
      ...quota,
    ],
    (index) =>
      index >= quotaAt
        ? mailCapError(index === quotaAt ? 0 : 1)
        : index < extra.length
          ? new ConflictError(
              'A PartnerID or profile this enrollment sets changed at the same moment (claimed by another organization?).',
            )
          : new ConflictError('This organization already has an indirect reseller enrollment.'),
  );
}

/** Resumes an enrollment in a new execution (named `<enrollmentId>-<attempt>`), from the given state. */
export async function resumeEnrollmentRecord(
  record: EnrollmentRecord,
  to: EnrollmentState,
  resumeAt: string,
  correlationId?: string,
): Promise<EnrollmentRecord> {
  const attempt = record.attempt + 1;
  const executionName = `${record.enrollmentId}-${attempt}`;
  await transitionEnrollment({
    organizationId: record.organizationId,
    move: 'resume',
    to,
    // the state read, as well as the execution it replaces: of two resumes (or reconcilers) one lands
    from: [record.state],
    change: { set: { attempt, executionName }, remove: ['waiting', 'stoppedIn'] },
    condition: { expression: 'executionName = :current', values: { ':current': record.executionName } },
    event: { type: 'EnrollmentResumed', payload: { enrollmentId: record.enrollmentId, executionName, resumeAt } },
    correlationId,
    action: 'be resumed',
  });
  return { ...record, state: to, attempt, executionName, waiting: undefined, stoppedIn: undefined };
}

/** Access pattern: an organization's enrollment (the key is built from the caller's organization). */
export async function getEnrollmentRecord(
  organizationId: string,
  consistent = false,
): Promise<EnrollmentRecord | undefined> {
  const { Item } = await db.send(
    new GetCommand({ TableName: tableName, Key: enrollmentEntity.key({ organizationId }), ConsistentRead: consistent }),
  );
  return Item as EnrollmentRecord | undefined;
}

/** Access pattern: an enrollment by id, for operators (pointer, then the enrollment). */
export async function getEnrollmentById(enrollmentId: string): Promise<EnrollmentRecord | undefined> {
  const { Item } = await db.send(
    new GetCommand({ TableName: tableName, Key: enrollmentPointerEntity.key({ enrollmentId }), ConsistentRead: true }),
  );
  if (!Item) return undefined;
  // an organization that applied again after a rejection has a new enrollment: the old id finds nothing
  const record = await getEnrollmentRecord(String(Item.organizationId), true);
  return record?.enrollmentId === enrollmentId ? record : undefined;
}

/** The caller's own enrollment by id; another organization's is simply not found. */
export async function getOwnEnrollment(
  organizationId: string,
  enrollmentId: string,
  consistent = false,
): Promise<EnrollmentRecord> {
  const record = await getEnrollmentRecord(organizationId, consistent);
  if (!record || record.enrollmentId !== enrollmentId) throw new NotFoundError('No such enrollment.');
  return record;
}

interface Change {
  /** Attributes to set (top-level names). */
  set?: Record<string, unknown>;
  remove?: string[];
}

function updateOf(
  organizationId: string,
  to: EnrollmentState | undefined,
  change: Change,
  condition: { expression: string; names?: Record<string, string>; values?: Record<string, unknown> },
) {
  const names: Record<string, string> = { '#state': 'state', ...condition.names };
  const values: Record<string, unknown> = { ':now': clock.nowIso(), ':one': 1, ...condition.values };
  const sets = ['updatedAt = :now', 'version = version + :one'];
  if (to) {
    sets.push('#state = :to', 'gsi2pk = :queue');
    values[':to'] = to;
    values[':queue'] = stateIndex(to);
  }
  Object.entries(change.set ?? {}).forEach(([name, value], i) => {
    names[`#s${i}`] = name;
    values[`:s${i}`] = value;
    sets.push(`#s${i} = :s${i}`);
  });
  const removes = (change.remove ?? []).map((name, i) => {
    names[`#r${i}`] = name;
    return `#r${i}`;
  });
  return {
    TableName: tableName,
    Key: enrollmentEntity.key({ organizationId }),
    UpdateExpression: `SET ${sets.join(', ')}${removes.length ? ` REMOVE ${removes.join(', ')}` : ''}`,
    ConditionExpression: condition.expression,
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
  };
}

const inStates = (states: readonly EnrollmentState[]) => ({
  expression: `#state IN (${states.map((_, i) => `:from${i}`).join(', ')})`,
  values: Object.fromEntries(states.map((state, i) => [`:from${i}`, state])),
});

export function wrongState(current: EnrollmentState | undefined, action: string): ConflictError {
  return new ConflictError(`The enrollment is ${current ?? 'missing'}: it cannot ${action} now.`, {
    enrollmentState: current,
  });
}

/**
 * Moves an enrollment from one of `from` to `to` (or keeps its state when `to` is undefined), with the event
 * that tells the world, in one transaction. Used by workflow steps and by decisions.
 */
export async function transitionEnrollment(input: {
  organizationId: string;
  /** The move of the transition table (`shared/enrollment/lifecycle.ts`). */
  move: EnrollmentMove;
  /** The target, for a move that may lead to several states. */
  to?: EnrollmentState;
  /** Narrows the move's starting states further (e.g. to the state read). */
  from?: readonly EnrollmentState[];
  change?: Change;
  event?: EventInput<EnrollmentEventCatalog>;
  correlationId?: string;
  extra?: TransactItem[];
  /** Also require this condition (e.g. the waiting step and its token). */
  condition?: { expression: string; names?: Record<string, string>; values?: Record<string, unknown> };
  action?: string;
  /** The error for a refused `extra` item (by its index in `extra`), e.g. a mail cap's 429. */
  extraError?: (index: number) => Error | undefined;
}): Promise<void> {
  const move = enrollmentLifecycle.move(input.move, input.to);
  const from = input.from ? move.from.filter((state) => input.from!.includes(state)) : move.from;
  if (from.length === 0) throw wrongState(input.from?.[0], input.action ?? 'change');
  const base = inStates(from);
  const condition = input.condition
    ? {
        expression: `${base.expression} AND ${input.condition.expression}`,
        names: input.condition.names,
        values: { ...base.values, ...input.condition.values },
      }
    : base;
  const items: TransactItem[] = [
    { Update: updateOf(input.organizationId, move.to, input.change ?? {}, condition) },
    ...(input.extra ?? []),
  ];
  if (input.event)
    items.push(
      enrollmentEvents.putInput(input.event, {
        organizationId: input.organizationId,
        correlationId: input.correlationId,
      }),
    );
  await transact(items, (index) =>
    index === 0
      ? wrongState(undefined, input.action ?? 'change')
      : (input.extraError?.(index - 1) ?? new ConflictError('A related record changed at the same time; try again.')),
  );
}

/**
 * The workflow parks at a callback step: in one conditional write it sets the enrollment's state and stores
 * the task token to resume. A person's decision can only land once the token is there.
 */
export async function parkEnrollment(input: {
  organizationId: string;
  move: EnrollmentMove;
  waiting: Waiting;
  change?: Change;
  event?: EventInput<EnrollmentEventCatalog>;
  correlationId?: string;
  extra?: TransactItem[];
}): Promise<void> {
  await transitionEnrollment({
    organizationId: input.organizationId,
    move: input.move,
    change: { ...input.change, set: { ...input.change?.set, waiting: input.waiting } },
    event: input.event,
    correlationId: input.correlationId,
    extra: input.extra,
    action: `wait for ${input.waiting.step}`,
  });
}

/**
 * A person answers a waiting step: conditional on the state, the step and the very token read, so of two
 * concurrent answers exactly one lands. The event carries the token; the consumer resumes the workflow.
 */
export async function answerWaitingStep(input: {
  record: EnrollmentRecord;
  move: EnrollmentMove;
  /** The target, for a move that may lead to several states (a review decision). */
  to?: EnrollmentState;
  step: WaitStep;
  change?: Change;
  /** The answer's event; the store adds the enrollment id and the task token it resumes. */
  event: AnswerEvent;
  correlationId?: string;
  action: string;
  extra?: TransactItem[];
}): Promise<void> {
  const { record } = input;
  if (!enrollmentLifecycle.allows(input.move, record.state) || record.waiting?.step !== input.step)
    throw wrongState(record.state, input.action);
  try {
    await transitionEnrollment({
      organizationId: record.organizationId,
      move: input.move,
      to: input.to,
      from: [record.state],
      change: { ...input.change, remove: [...(input.change?.remove ?? []), 'waiting'] },
      condition: { expression: 'waiting.taskToken = :token', values: { ':token': record.waiting.taskToken } },
      event: {
        type: input.event.type,
        payload: { ...input.event.payload, enrollmentId: record.enrollmentId, taskToken: record.waiting.taskToken },
      } as EventInput<EnrollmentEventCatalog>,
      correlationId: input.correlationId,
      extra: input.extra,
      action: input.action,
    });
  } catch (error) {
    if (error instanceof ConflictError) {
      const current = await getEnrollmentRecord(record.organizationId, true);
      throw wrongState(current?.state, input.action);
    }
    throw error;
  }
}

/** A single attribute change that is not a transition (e.g. a check's result), conditional on the state. */
export async function recordOnEnrollment(
  organizationId: string,
  move: EnrollmentMove,
  set: Record<string, unknown>,
): Promise<void> {
  const { from, to } = enrollmentLifecycle.move(move);
  try {
    await db.send(new UpdateCommand(updateOf(organizationId, to, { set }, inStates(from))));
  } catch (error) {
    if (isConditionFailed(error)) throw wrongState(undefined, 'record this');
    throw error;
  }
}

export { enrollmentItem };

/** Access pattern: the enrollments in a state, oldest first (gsi2), one page per call. */
export async function listEnrollmentsInState(
  state: EnrollmentState,
  page: { limit?: number; cursor?: Record<string, unknown>; newestFirst?: boolean } = {},
): Promise<{ items: EnrollmentRecord[]; cursor?: Record<string, unknown> }> {
  const result = await db.send(
    new QueryCommand({
      TableName: tableName,
      IndexName: 'gsi2',
      KeyConditionExpression: 'gsi2pk = :queue',
      ExpressionAttributeValues: { ':queue': stateIndex(state) },
      ScanIndexForward: !page.newestFirst,
      Limit: page.limit,
      ExclusiveStartKey: page.cursor,
    }),
  );
  return { items: (result.Items ?? []) as EnrollmentRecord[], cursor: result.LastEvaluatedKey };
}
