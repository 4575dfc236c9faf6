import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { clock } from '../clock';
import { ConflictError, GoneError } from '../errors';
import { vettingViewOf, type EnrollmentState } from '../domain/enrollment';
import type { Language } from '../schemas/common';
import type { Enrollment } from '../schemas/enrollment';
import { putEvent } from './events';
import { keys } from './keys';
import { db, tableName, transact } from './table';

/** The stored enrollment: the public view plus server-side workflow state (never returned to clients). */
export interface EnrollmentRecord extends Omit<Enrollment, 'vettingStatus' | 'vettingSubStatus'> {
  executionName: string;
  /** Hash of the one link that may answer the email verification step (its task token rests on the token item). */
  emailOwnershipTokenHash?: string;
}

export function toEnrollmentView(record: EnrollmentRecord): Enrollment {
  const { enrollmentId, organizationId, program, state, legalProfile, partnerId, primaryContact, support, createdAt, updatedAt, version } = record;
  return { enrollmentId, organizationId, program, state, ...vettingViewOf(state), legalProfile, partnerId, primaryContact, support, createdAt, updatedAt, version };
}

function enrollmentItem(record: EnrollmentRecord): Record<string, unknown> {
  return {
    ...keys.enrollment(record.organizationId),
    entity: 'Enrollment',
    ...record,
    // operators' queue of enrollments by state (oldest first)
    gsi2pk: `ENROLLMENTS#${record.state}`,
    gsi2sk: `${record.createdAt}#${record.enrollmentId}`,
  };
}

/** One enrollment per organization: a second one answers 409 and writes nothing. */
export async function insertEnrollment(record: EnrollmentRecord, correlationId: string): Promise<void> {
  await transact(
    [
      { Put: { TableName: tableName, Item: enrollmentItem(record), ConditionExpression: 'attribute_not_exists(pk)' } },
      putEvent('EnrollmentStarted', { enrollmentId: record.enrollmentId, program: record.program }, { organizationId: record.organizationId, correlationId }),
    ],
    () => new ConflictError('This organization already has an indirect reseller enrollment.', { enrollmentState: 'exists' }),
  );
}

/** Access pattern: an organization's enrollment (the key is built from the caller's organization). */
export async function getEnrollmentRecord(organizationId: string, consistent = false): Promise<EnrollmentRecord | undefined> {
  const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: keys.enrollment(organizationId), ConsistentRead: consistent }));
  return Item as EnrollmentRecord | undefined;
}

/**
 * The first step of the timeline parks here: stores the hash of the emailed token and the task token to
 * resume, in one transaction. A retried step replaces the pending wait (the older link stops working).
 */
export async function awaitEmailOwnership(input: {
  organizationId: string;
  tokenHash: string;
  expiresAt: string;
  taskToken: string;
  email: string;
  enrollmentId: string;
  organizationName: string;
  language: Language;
}): Promise<void> {
  const now = clock.nowIso();
  await transact(
    [
      {
        Put: {
          TableName: tableName,
          Item: {
            ...keys.token(input.tokenHash),
            entity: 'VerificationToken',
            purpose: 'EmailOwnership',
            organizationId: input.organizationId,
            enrollmentId: input.enrollmentId,
            organizationName: input.organizationName,
            language: input.language,
            email: input.email,
            taskToken: input.taskToken,
            createdAt: now,
            expiresAt: input.expiresAt,
            ttl: Math.floor(new Date(input.expiresAt).getTime() / 1000) + 30 * 24 * 3600,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      {
        Update: {
          TableName: tableName,
          Key: keys.enrollment(input.organizationId),
          UpdateExpression: 'SET emailOwnershipTokenHash = :h, updatedAt = :now',
          ConditionExpression: '#state = :pending',
          ExpressionAttributeNames: { '#state': 'state' },
          ExpressionAttributeValues: { ':h': input.tokenHash, ':now': now, ':pending': 'EmailVerificationPending' satisfies EnrollmentState },
        },
      },
    ],
    () => new ConflictError('The enrollment is no longer waiting for email verification.'),
  );
}

export const invalidLinkError = () =>
  new GoneError('invalid-link', 'This link is not valid: it may have expired or already been used. Ask for a new one.');

export interface TokenRecord {
  purpose: 'EmailOwnership';
  organizationId: string;
  enrollmentId: string;
  organizationName: string;
  language: Language;
  email: string;
  taskToken: string;
  expiresAt: string;
  usedAt?: string;
}

/** Access pattern: a verification token by the hash of the emailed secret. */
export async function getTokenRecord(tokenHash: string): Promise<TokenRecord | undefined> {
  const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: keys.token(tokenHash), ConsistentRead: true }));
  return Item as TokenRecord | undefined;
}

/** A token that may still be used: known, unused, not expired. */
export function isUsable(token: TokenRecord | undefined, now = clock.nowIso()): token is TokenRecord {
  return token !== undefined && token.purpose === 'EmailOwnership' && !token.usedAt && token.expiresAt > now;
}

/**
 * Confirms email ownership: marks the token used (single use, not expired), moves the enrollment on and
 * records the event that resumes the workflow, all in one transaction. Unknown, used and expired tokens
 * all answer the same 410.
 */
export async function confirmEmailOwnership(tokenHash: string, correlationId: string): Promise<{ email: string }> {
  const token = await getTokenRecord(tokenHash);
  const now = clock.nowIso();
  if (!isUsable(token, now)) throw invalidLinkError();
  const organizationId = token.organizationId;
  await transact(
    [
      {
        Update: {
          TableName: tableName,
          Key: keys.token(tokenHash),
          UpdateExpression: 'SET usedAt = :now',
          ConditionExpression: 'attribute_not_exists(usedAt) AND expiresAt > :now',
          ExpressionAttributeValues: { ':now': now },
        },
      },
      {
        Update: {
          TableName: tableName,
          Key: keys.enrollment(organizationId),
          UpdateExpression: 'SET #state = :verified, primaryContact.emailVerifiedAt = :now, updatedAt = :now, gsi2pk = :queue, version = version + :one REMOVE emailOwnershipTokenHash',
          ConditionExpression: '#state = :pending AND emailOwnershipTokenHash = :hash',
          ExpressionAttributeNames: { '#state': 'state' },
          ExpressionAttributeValues: { ':verified': 'EmailVerified', ':pending': 'EmailVerificationPending', ':hash': tokenHash, ':now': now, ':queue': 'ENROLLMENTS#EmailVerified', ':one': 1 },
        },
      },
      putEvent(
        'EmailOwnershipVerified',
        { enrollmentId: token.enrollmentId, email: token.email, taskToken: token.taskToken },
        { organizationId, correlationId },
      ),
    ],
    () => invalidLinkError(),
  );
  return { email: token.email };
}

/**
 * Moves an enrollment from one state to another, conditional on the state it was read in, with the event
 * that tells the world. Used by workflow steps.
 */
export async function transitionEnrollment(input: {
  organizationId: string;
  from: EnrollmentState;
  to: EnrollmentState;
  event: { type: string; payload: Record<string, unknown> };
  correlationId?: string;
}): Promise<void> {
  const now = clock.nowIso();
  await transact(
    [
      {
        Update: {
          TableName: tableName,
          Key: keys.enrollment(input.organizationId),
          UpdateExpression: 'SET #state = :to, updatedAt = :now, gsi2pk = :queue, version = version + :one',
          ConditionExpression: '#state = :from',
          ExpressionAttributeNames: { '#state': 'state' },
          ExpressionAttributeValues: { ':to': input.to, ':from': input.from, ':now': now, ':queue': `ENROLLMENTS#${input.to}`, ':one': 1 },
        },
      },
      putEvent(input.event.type, input.event.payload, { organizationId: input.organizationId, correlationId: input.correlationId }),
    ],
    () => new ConflictError(`The enrollment is not in state ${input.from}.`),
  );
}

export { enrollmentItem };
