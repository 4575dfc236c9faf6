import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { identityEvents } from '#shared/identity/events';
import { clock } from '#shared/platform/clock';
import { newId } from '#shared/platform/crypto';
import { defineEntity } from '#shared/platform/entity';
import { mailCapError, recipientQuotaItem } from '#shared/platform/mail-quota-store';
import type { Language } from '#shared/platform/schemas';
import { db, tableName, transact } from '#shared/platform/table';

/** A sign-up waiting for its email link: it claims nothing and blocks nobody until the mailbox confirms it. */
export const pendingSignUpEntity = defineEntity({
  name: 'PendingSignUp',
  key: { pk: 'SIGNUP#{signUpId}', sk: 'SIGNUP' },
  patterns: ['a sign-up waiting for its email proof: GetItem (expires by TTL after 7 days)'],
});

export interface PendingSignUp {
  signUpId: string;
  organization: { legalName: string; country: string };
  admin: { fullName: string; email: string; language: Language };
  requestedAt: string;
}

/**
 * Sign-up, step one: records the request and its event, counted against the recipient's daily cap. Known and
 * unknown addresses take the same path (the email, sent later, says which), so the answer tells nobody.
 */
export async function requestSignUp(
  input: Omit<PendingSignUp, 'signUpId' | 'requestedAt'>,
  correlationId: string,
): Promise<PendingSignUp> {
  const signUp: PendingSignUp = { ...input, signUpId: newId(), requestedAt: clock.nowIso() };
  await transact(
    [
      {
        Put: {
          TableName: tableName,
          Item: {
            ...pendingSignUpEntity.key({ signUpId: signUp.signUpId }),
            entity: 'PendingSignUp',
            ...signUp,
            ttl: clock.nowEpochSeconds() + 7 * 24 * 3600,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      identityEvents.put('SignUpRequested', { signUpId: signUp.signUpId }, { correlationId }),
      recipientQuotaItem(signUp.admin.email),
    ],
    () => mailCapError(1),
  );
  return signUp;
}

/** Access pattern: a pending sign-up by id. */
export async function getPendingSignUp(signUpId: string): Promise<PendingSignUp | undefined> {
  const { Item } = await db.send(
    new GetCommand({ TableName: tableName, Key: pendingSignUpEntity.key({ signUpId }), ConsistentRead: true }),
  );
  if (!Item) return undefined;
  const { organization, admin, requestedAt } = Item as PendingSignUp;
  return { signUpId, organization, admin, requestedAt };
}
