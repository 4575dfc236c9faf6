import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { clock } from '#shared/platform/clock';
import { hashToken } from '#shared/platform/crypto';
import { defineEntity } from '#shared/platform/entity';
import { ConflictError, ValidationError } from '#shared/platform/errors';
import { db, isConditionFailed, tableName } from '#shared/platform/table';

const idempotencyKey = defineEntity({
  name: 'IdempotencyKey',
  key: { pk: 'IDEMPOTENCY#{id}', sk: 'IDEMPOTENCY' },
  patterns: ['a client key, by the hash of operation, caller and key: conditional Put, GetItem'],
});
const keyOf = (id: string) => idempotencyKey.key({ id });
const hours = 24;

export interface StoredResponse {
  statusCode: number;
  headers?: Record<string, string>;
  body?: string;
}

/**
 * Claims an Idempotency-Key for one caller and operation. Answers the stored response of a completed
 * request with the same body; 422 when the key comes back with another body; 409 while the first is running.
 */
export async function claimIdempotencyKey(
  scope: string,
  key: string,
  body: string,
): Promise<{ id: string; replay?: StoredResponse }> {
  const id = hashToken(`${scope}|${key}`);
  const fingerprint = hashToken(body);
  const now = clock.nowEpochSeconds();
  try {
    await db.send(
      new PutCommand({
        TableName: tableName,
        Item: {
          ...keyOf(id),
          entity: 'IdempotencyKey',
          status: 'InProgress',
          fingerprint,
          createdAt: now,
          ttl: now + hours * 3600,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
    return { id };
  } catch (error) {
    if (!isConditionFailed(error)) throw error;
  }
  const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: keyOf(id), ConsistentRead: true }));
  if (!Item) return claimIdempotencyKey(scope, key, body);
  if (Item.fingerprint !== fingerprint)
    throw new ValidationError([
      { in: 'header', field: 'idempotency-key', message: 'was already used with a different request body' },
    ]);
  if (Item.status !== 'Done')
    throw new ConflictError('A request with this Idempotency-Key is still in progress; retry in a moment.');
  return { id, replay: Item.response as StoredResponse };
}

export async function completeIdempotencyKey(id: string, response: StoredResponse): Promise<void> {
  await db.send(
    new UpdateCommand({
      TableName: tableName,
      Key: keyOf(id),
      UpdateExpression: 'SET #status = :done, #response = :response',
      ExpressionAttributeNames: { '#status': 'status', '#response': 'response' },
      ExpressionAttributeValues: { ':done': 'Done', ':response': response },
    }),
  );
}

/** A failed request releases its key, so the client may retry with it. */
export async function releaseIdempotencyKey(id: string): Promise<void> {
  await db.send(new DeleteCommand({ TableName: tableName, Key: keyOf(id) }));
}
