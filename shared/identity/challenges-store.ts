import { DeleteCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { clock } from '#shared/platform/clock';
import { hashToken } from '#shared/platform/crypto';
import { defineEntity } from '#shared/platform/entity';
import { UnauthorizedError } from '#shared/platform/errors';
import { db, isConditionFailed, tableName } from '#shared/platform/table';

const challengeEntity = defineEntity({
  name: 'AuthChallenge',
  key: { pk: 'CHALLENGE#{sessionHash}', sk: 'CHALLENGE' },
  patterns: ['a NEW_PASSWORD_REQUIRED challenge, by the hash of its session: Put, conditional Delete'],
});

/** Cognito's challenge sessions live 3 minutes. */
const challengeSeconds = 180;

/**
 * Binds a NEW_PASSWORD_REQUIRED challenge to the sign-in that issued it: only a session this API handed
 * out, for this user, once, within its lifetime, may answer it. Defence in depth over the identity
 * provider's own check (and the same behaviour on emulators that skip it).
 */
export async function rememberChallenge(userId: string, session: string): Promise<void> {
  const now = clock.nowEpochSeconds();
  await db.send(
    new PutCommand({
      TableName: tableName,
      Item: {
        ...challengeEntity.key({ sessionHash: hashToken(session) }),
        entity: 'AuthChallenge',
        userId,
        expiresAt: now + challengeSeconds,
        ttl: now + challengeSeconds + 3600,
      },
    }),
  );
}

export async function consumeChallenge(userId: string, session: string): Promise<void> {
  try {
    await db.send(
      new DeleteCommand({
        TableName: tableName,
        Key: challengeEntity.key({ sessionHash: hashToken(session) }),
        ConditionExpression: 'userId = :u AND expiresAt > :now',
        ExpressionAttributeValues: { ':u': userId, ':now': clock.nowEpochSeconds() },
      }),
    );
  } catch (error) {
    if (isConditionFailed(error))
      throw new UnauthorizedError('The sign-in session is not valid or has expired: sign in again.');
    throw error;
  }
}
