import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  BatchWriteCommand,
  DynamoDBDocumentClient,
  TransactWriteCommand,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { optionalEndpoint, readConfig } from '#shared/platform/config';
import { ValidationError } from '#shared/platform/errors';
import { KeyAlreadyUsed, requestKeyItem } from '#shared/platform/request-key';
import * as z from '#shared/platform/zod';

const config = readConfig(
  z.object({
    TABLE_NAME: z.string().min(1),
    AWS_REGION: z.string().min(1).default('us-east-1'),
    DYNAMODB_ENDPOINT: optionalEndpoint,
  }),
);

/** The single table. */
export const tableName = config.TABLE_NAME;

/** The document client, created once per execution environment. */
export const db = DynamoDBDocumentClient.from(
  new DynamoDBClient({ region: config.AWS_REGION, endpoint: config.DYNAMODB_ENDPOINT, maxAttempts: 3 }),
  { marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false } },
);

/**
 * A paging cursor of one list handed to another (signed, so it is ours, but of another query) makes DynamoDB
 * refuse its start key: that is the client's mistake (422 naming the cursor), not our outage.
 */
db.middlewareStack.add(
  (next) => async (args) => {
    try {
      return await next(args);
    } catch (error) {
      const { name, message } = error as { name?: string; message?: string };
      if (name === 'ValidationException' && /start(ing)? key/i.test(message ?? '')) {
        throw new ValidationError([{ in: 'query', field: 'cursor', message: 'does not belong to this list' }]);
      }
      throw error;
    }
  },
  { step: 'initialize', name: 'cursorMismatch' },
);

export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/**
 * Writes all items or none. When a condition fails, `onConditionFailed` maps the index of the first item
 * whose condition failed (and that item's old image, where asked) to the domain error to throw.
 */
export async function transact(
  items: TransactItem[],
  onConditionFailed: (index: number, item: Record<string, unknown> | undefined) => Error,
  options: { clientToken?: string } = {},
): Promise<void> {
  // the request's Idempotency-Key goes out with its first transaction, last, so indexes above stay the caller's
  const requestKey = requestKeyItem(tableName);
  const all = requestKey ? [...items, requestKey.item] : items;
  try {
    await db.send(new TransactWriteCommand({ TransactItems: all, ClientRequestToken: options.clientToken }));
  } catch (error) {
    const reasons = (error as { CancellationReasons?: { Code?: string; Item?: Record<string, unknown> }[] })
      .CancellationReasons;
    const index = reasons?.findIndex((reason) => reason.Code === 'ConditionalCheckFailed') ?? -1;
    if (requestKey && index === items.length) throw new KeyAlreadyUsed();
    if (index >= 0) throw onConditionFailed(index, reasons?.[index]?.Item);
    throw error;
  }
  if (requestKey) requestKey.key.written = true;
}

/** True for a failed condition on a single conditional write. */
export function isConditionFailed(error: unknown): boolean {
  return (error as { name?: string }).name === 'ConditionalCheckFailedException';
}

/** Writes many independent items (reference data imports), 25 per batch, retrying what DynamoDB leaves unprocessed. */
export async function putAll(items: Record<string, unknown>[]): Promise<number> {
  for (let i = 0; i < items.length; i += 25) {
    let requests: { PutRequest: { Item: Record<string, unknown> } }[] | undefined = items
      .slice(i, i + 25)
      .map((Item) => ({ PutRequest: { Item } }));
    for (let attempt = 0; requests?.length && attempt < 5; attempt += 1) {
      const result = await db.send(new BatchWriteCommand({ RequestItems: { [tableName]: requests } }));
      requests = result.UnprocessedItems?.[tableName] as typeof requests;
      if (requests?.length) await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** attempt));
    }
    if (requests?.length) throw new Error(`${requests.length} items were not written`);
  }
  return items.length;
}

/** Storage attributes of the single table that no reader may see: keys, index keys, entity tag, TTL. */
const storageAttribute = /^(pk|sk|gsi\d+(pk|sk)|entity|ttl)$/;

/** An item without its storage attributes: what a view starts from. */
export function withoutStorage<T extends Record<string, unknown>>(item: T): T {
  return Object.fromEntries(Object.entries(item).filter(([name]) => !storageAttribute.test(name))) as T;
}
