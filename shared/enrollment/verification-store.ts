import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { getEnrollmentRecord, parkEnrollment, transitionEnrollment } from '#shared/enrollment/store';
import { clock } from '#shared/platform/clock';
import { defineEntity } from '#shared/platform/entity';
import { ConflictError, invalidLinkError } from '#shared/platform/errors';
import type { Language } from '#shared/platform/schemas';
import { linkCheckFloorMs, steadily } from '#shared/platform/steady';
import { db, type TransactItem, tableName } from '#shared/platform/table';

export const verificationTokenEntity = defineEntity({
  name: 'VerificationToken',
  key: { pk: 'TOKEN#{tokenHash}', sk: 'TOKEN' },
  patterns: ['an emailed verification link, by the hash of its secret: GetItem; used by a conditional Update'],
});

/** A verification token: only the hash of the emailed secret is the key; the task token rests here, server-side. */
export interface TokenRecord {
  /** The timeline's wait for the contact's address, or a corrected contact's new address (after the first). */
  purpose: 'EmailOwnership' | 'ContactChange';
  organizationId: string;
  enrollmentId: string;
  organizationName: string;
  language: Language;
  email: string;
  taskToken: string;
  expiresAt: string;
  usedAt?: string;
}

/**
 * The first step of the timeline parks here: the enrollment's wait (with the task token, server-side) and the
 * event whose durable effect mints the link and emails it (`mintVerificationToken`), in one transaction. The
 * step itself never waits on email: an email outage delays the link, and the sweeper sends it when email is
 * back. A retried step parks again: links of an older wait stop working, since confirming checks that its
 * task token is the one the enrollment waits on.
 */
export async function awaitEmailOwnership(
  wait: { organizationId: string; enrollmentId: string; email: string; taskToken: string; expiresAt: string },
  correlationId?: string,
): Promise<void> {
  await parkEnrollment({
    organizationId: wait.organizationId,
    move: 'awaitEmailOwnership',
    waiting: { step: 'EmailOwnership', taskToken: wait.taskToken, since: clock.nowIso(), dueAt: wait.expiresAt },
    event: {
      type: 'EmailOwnershipRequested',
      payload: { enrollmentId: wait.enrollmentId, email: wait.email, expiresAt: wait.expiresAt },
    },
    correlationId,
  });
}

/**
 * Stores the hash of a new link's secret for the wait the enrollment is in now (each email gets its own link;
 * every link of the current wait works until one is used). The secret exists only in the email.
 */
export async function mintVerificationToken(
  record: Omit<TokenRecord, 'purpose' | 'usedAt'>,
  tokenHash: string,
  purpose: TokenRecord['purpose'] = 'EmailOwnership',
): Promise<void> {
  await db.send(
    new PutCommand({
      TableName: tableName,
      Item: {
        ...verificationTokenEntity.key({ tokenHash }),
        entity: 'VerificationToken',
        purpose,
        ...record,
        createdAt: clock.nowIso(),
        ttl: Math.floor(new Date(record.expiresAt).getTime() / 1000) + 30 * 24 * 3600,
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
}

/** Access pattern: a verification token by the hash of the emailed secret. */
export async function getTokenRecord(tokenHash: string): Promise<TokenRecord | undefined> {
  // known or not, the read takes the same steady time (links say nothing)
  const { Item } = await steadily(linkCheckFloorMs, () =>
    db.send(
      new GetCommand({ TableName: tableName, Key: verificationTokenEntity.key({ tokenHash }), ConsistentRead: true }),
    ),
  );
  return Item as TokenRecord | undefined;
}

/** A token that may still be used: known, unused, not expired. */
export function isUsable(token: TokenRecord | undefined, now = clock.nowIso()): token is TokenRecord {
  return (
    token !== undefined &&
    (token.purpose === 'EmailOwnership' || token.purpose === 'ContactChange') &&
    !token.usedAt &&
    token.expiresAt > now
  );
}

/**
 * Confirms email ownership: marks the token used (single use, unexpired), moves the enrollment on, and
 * records the event that resumes the workflow, all in one transaction. One read, one write. Unknown, used
 * and expired tokens all answer the same 410.
 */
export async function confirmEmailOwnership(tokenHash: string, correlationId: string): Promise<{ email: string }> {
  const token = await getTokenRecord(tokenHash);
  const now = clock.nowIso();
  if (!isUsable(token, now)) throw invalidLinkError();
  const useToken: TransactItem = {
    Update: {
      TableName: tableName,
      Key: verificationTokenEntity.key({ tokenHash }),
      UpdateExpression: 'SET usedAt = :now',
      ConditionExpression: 'attribute_not_exists(usedAt) AND expiresAt > :now',
      ExpressionAttributeValues: { ':now': now },
    },
  };
  try {
    if (token.purpose === 'ContactChange') {
      // the corrected contact proves its address: it becomes the primary contact (if it is still the pending one)
      const record = await getEnrollmentRecord(token.organizationId, true);
      const pending = record?.pendingContact;
      if (!record || !pending || pending.email !== token.email) throw invalidLinkError();
      const { requestedAt: _r, ...contact } = pending;
      await transitionEnrollment({
        organizationId: token.organizationId,
        move: 'confirmContactChange',
        change: { set: { primaryContact: contact }, remove: ['pendingContact'] },
        condition: { expression: 'pendingContact.email = :email', values: { ':email': token.email } },
        extra: [useToken],
        event: { type: 'ContactChanged', payload: { enrollmentId: token.enrollmentId, email: token.email } },
        correlationId,
      });
      return { email: token.email };
    }
    await transitionEnrollment({
      organizationId: token.organizationId,
      move: 'verifyEmail',
      change: { set: { emailVerifiedAt: now }, remove: ['waiting'] },
      // the wait the link was minted for, and the address the contact has now (a corrected address's old links stop)
      condition: {
        expression: 'waiting.taskToken = :token AND primaryContact.email = :email',
        values: { ':token': token.taskToken, ':email': token.email },
      },
      extra: [useToken],
      event: {
        type: 'EmailOwnershipVerified',
        payload: { enrollmentId: token.enrollmentId, email: token.email, taskToken: token.taskToken },
      },
      correlationId,
    });
  } catch (error) {
    if (error instanceof ConflictError) throw invalidLinkError();
    throw error;
  }
  return { email: token.email };
}
