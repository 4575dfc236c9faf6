import { AsyncLocalStorage } from 'node:async_hooks';
import type { TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { clock } from '#shared/platform/clock';
import { defineEntity } from '#shared/platform/entity';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

const idempotencyKey = defineEntity({
  name: 'IdempotencyKey',
  key: { pk: 'IDEMPOTENCY#{id}', sk: 'IDEMPOTENCY' },
  patterns: [
    'a client key, by the hash of operation, caller and key: GetItem; Put in the transaction of the change it keys',
  ],
});
export const keyOf = (id: string) => idempotencyKey.key({ id });
export const idempotencyKeyTtlHours = 24;

/**
 * One request's Idempotency-Key. It is written in the operation's own transaction (the first one the request
 * commits; `transact` adds it), so the key exists exactly when the change does: a retry after a failure finds
 * no key and runs again; a retry after the change finds the key and never makes a second. The response is
 * stored on the key afterwards; if that write fails, the client still gets its answer.
 */
export interface RequestKey {
  id: string;
  fingerprint: string;
  /** Set once the key went out with a committed transaction. */
  written: boolean;
}

const scope = new AsyncLocalStorage<RequestKey>();

/** Thrown by `transact` when the key's own condition failed: another request with this key committed first. */
export class KeyAlreadyUsed extends Error {}

/** Runs `fn` with the request's key, so the first transaction it commits carries the key. */
export function withRequestKey<T>(key: RequestKey, fn: () => Promise<T>): Promise<T> {
  return scope.run(key, fn);
}

/** The key's Put for the transaction about to be written, once per request (undefined when none is due). */
export function requestKeyItem(tableName: string): { item: TransactItem; key: RequestKey } | undefined {
  const key = scope.getStore();
  if (!key || key.written) return undefined;
  const now = clock.nowEpochSeconds();
  return {
    key,
    item: {
      Put: {
        TableName: tableName,
        Item: {
          ...keyOf(key.id),
          entity: 'IdempotencyKey',
          status: 'Committed',
          fingerprint: key.fingerprint,
          createdAt: now,
          ttl: now + idempotencyKeyTtlHours * 3600,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
  };
}
