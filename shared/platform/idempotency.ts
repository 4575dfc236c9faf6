import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { clock } from '#shared/platform/clock';
import { hashToken } from '#shared/platform/crypto';
import { ConflictError, ValidationError } from '#shared/platform/errors';
import { idempotencyKeyTtlHours, keyOf, type RequestKey } from '#shared/platform/request-key';
import { db, isConditionFailed, tableName } from '#shared/platform/table';

export type { RequestKey } from '#shared/platform/request-key';

export interface StoredResponse {
  statusCode: number;
  headers?: Record<string, string>;
  body?: string;
}
export { withRequestKey } from '#shared/platform/request-key';

/** The key of one caller's request to one operation: its id, and the fingerprint of what was sent. */
export function requestKey(scopeName: string, key: string, body: string): RequestKey {
  return { id: hashToken(`${scopeName}|${key}`), fingerprint: hashToken(body), written: false };
}

/**
 * What a key already answers: the stored response of the change it made (same body), 422 for another body,
 * 409 while the first request is still finishing (its change is made; its response is not stored yet).
 * Undefined when the key is new.
 */
export async function replayOf(key: RequestKey): Promise<StoredResponse | undefined> {
  const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: keyOf(key.id), ConsistentRead: true }));
  if (!Item) return undefined;
  if (Item.fingerprint !== key.fingerprint)
    throw new ValidationError([
      { in: 'header', field: 'idempotency-key', message: 'was already used with a different request body' },
    ]);
  if (!Item.response)
    throw new ConflictError(
      'A request with this Idempotency-Key made its change; its response is not stored yet. Retry in a moment.',
    );
  return Item.response as StoredResponse;
}

/**
 * Stores the response on the key, after the change. A request that committed no transaction (it wrote nothing
 * transactional) writes its key now, with the response. Never throws: the change is made, and the client is
 * answered whatever happens to this write.
 */
export async function storeResponse(
  key: RequestKey,
  response: StoredResponse,
  log: { warn(message: string, fields?: Record<string, unknown>): void },
): Promise<void> {
  try {
    if (key.written) {
      await db.send(
        new UpdateCommand({
          TableName: tableName,
          Key: keyOf(key.id),
          UpdateExpression: 'SET #response = :response, #status = :done',
          ExpressionAttributeNames: { '#response': 'response', '#status': 'status' },
          ExpressionAttributeValues: { ':response': response, ':done': 'Done' },
        }),
      );
      return;
    }
    const now = clock.nowEpochSeconds();
    await db.send(
      new PutCommand({
        TableName: tableName,
        Item: {
          ...keyOf(key.id),
          entity: 'IdempotencyKey',
          status: 'Done',
          fingerprint: key.fingerprint,
          response,
          createdAt: now,
          ttl: now + idempotencyKeyTtlHours * 3600,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  } catch (error) {
    if (!isConditionFailed(error)) log.warn('idempotency response not stored; the change stands', { error });
  }
}
