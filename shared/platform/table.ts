import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  BatchWriteCommand,
  DynamoDBDocumentClient,
  QueryCommand,
  type QueryCommandInput,
  TransactWriteCommand,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { optionalEndpoint, readConfig } from '#shared/platform/config';
import { ValidationError } from '#shared/platform/errors';
import { countEvents, tracer } from '#shared/platform/observability';
import { KeyAlreadyUsed, requestKeyItem } from '#shared/platform/request-key';
import { eventEntity } from '#shared/platform/table-definition';
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
  tracer.captureAWSv3Client(
    new DynamoDBClient({ region: config.AWS_REGION, endpoint: config.DYNAMODB_ENDPOINT, maxAttempts: 3 }),
  ),
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
  for (let attempt = 0; ; attempt += 1) {
    try {
      await db.send(new TransactWriteCommand({ TransactItems: all, ClientRequestToken: options.clientToken }));
      break;
    } catch (error) {
      const reasons = (error as { CancellationReasons?: { Code?: string; Item?: Record<string, unknown> }[] })
        .CancellationReasons;
      const index = reasons?.findIndex((reason) => reason.Code === 'ConditionalCheckFailed') ?? -1;
      if (requestKey && index === items.length) throw new KeyAlreadyUsed();
      if (index >= 0) throw onConditionFailed(index, reasons?.[index]?.Item);
      // another transaction on one of these items at the same moment (a partner's revenue summary under
      // simultaneous orders): nothing was written, so it is written again after a short, jittered wait
      const conflict = reasons?.some((reason) => reason.Code === 'TransactionConflict');
      if (!conflict || attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, (10 + Math.random() * 20) * 2 ** attempt));
    }
  }
  if (requestKey) requestKey.key.written = true;
  countEvents(eventTypesOf(items));
}

/** The types of the outbox events a list of transaction items writes. */
function eventTypesOf(items: TransactItem[]): unknown[] {
  const prefix = eventEntity.partitionPrefix();
  return items.flatMap((item) => {
    const put = item.Put?.Item;
    return typeof put?.pk === 'string' && put.pk.startsWith(prefix) ? [put.type] : [];
  });
}

/** Transactions `transactGroups` keeps in flight. */
export const transactionsAtOnce = 4;

/**
 * Writes independent groups of items, each group all-or-nothing, packed whole into transactions of up to 100
 * items (a batch job's state changes: a few requests for hundreds of changes). A group whose condition fails
 * is left out and the others of its transaction written again; answers the indexes of the groups left out.
 */
export async function transactGroups(groups: TransactItem[][]): Promise<Set<number>> {
  const refused = new Set<number>();
  const batches: number[][] = [];
  let size = 100;
  groups.forEach((group, index) => {
    if (group.length === 0) return;
    if (size + group.length > 100) {
      batches.push([]);
      size = 0;
    }
    batches.at(-1)!.push(index);
    size += group.length;
  });
  // a few transactions at once: their groups are disjoint, so they cannot conflict with each other
  const write = async (batch: number[]) => {
    let pending = batch;
    for (let attempt = 0; pending.length > 0; attempt += 1) {
      const owners = pending.flatMap((index) => groups[index]!.map(() => index));
      try {
        await db.send(new TransactWriteCommand({ TransactItems: pending.flatMap((index) => groups[index]!) }));
        countEvents(eventTypesOf(pending.flatMap((index) => groups[index]!)));
        pending = [];
      } catch (error) {
        const reasons = (error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons;
        const failed = new Set(
          (reasons ?? []).flatMap((reason, i) => (reason.Code === 'ConditionalCheckFailed' ? [owners[i]!] : [])),
        );
        // a conflict with another writer (or throttling) cancels the whole transaction: try it again, briefly
        if (failed.size === 0 && (!reasons || attempt >= 4)) throw error;
        for (const index of failed) refused.add(index);
        pending = pending.filter((index) => !failed.has(index));
        if (failed.size === 0) await new Promise((resolve) => setTimeout(resolve, 20 * 2 ** attempt));
      }
    }
  };
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(transactionsAtOnce, batches.length) }, async () => {
      while (next < batches.length) await write(batches[next++]!);
    }),
  );
  return refused;
}

/** True for a failed condition on a single conditional write. */
export function isConditionFailed(error: unknown): boolean {
  return (error as { name?: string }).name === 'ConditionalCheckFailedException';
}

/**
 * Every item a Query matches, page after page (DynamoDB stops a page at 1 MB): for the small collections read
 * whole (a tenant's partners, a customer's subscriptions, the catalogue), so none is cut short silently.
 */
export async function queryAll(input: QueryCommandInput): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await db.send(new QueryCommand({ ...input, ExclusiveStartKey: start }));
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}

export interface ItemKey {
  pk: string;
  sk: string;
  [name: string]: unknown;
}

/** The map key `getMany` answers under. */
export const keyString = (key: ItemKey) => `${key.pk}\u0000${key.sk}`;

/**
 * Reads many items by key in one round: BatchGetItem, 100 keys a request (the requests at once), retrying
 * what DynamoDB leaves unprocessed. Answers the items found, by `keyString` of their key.
 */
export async function getMany(
  keys: ItemKey[],
  options: { consistent?: boolean } = {},
): Promise<Map<string, Record<string, unknown>>> {
  const unique = [...new Map(keys.map((key) => [keyString(key), { pk: key.pk, sk: key.sk }])).values()];
  const found = new Map<string, Record<string, unknown>>();
  const chunks: ItemKey[][] = [];
  for (let i = 0; i < unique.length; i += 100) chunks.push(unique.slice(i, i + 100));
  await Promise.all(
    chunks.map(async (chunk) => {
      let pending: ItemKey[] | undefined = chunk;
      for (let attempt = 0; pending?.length; attempt += 1) {
        if (attempt === 5) throw new Error(`${pending.length} keys were not read`);
        if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** attempt));
        const result = await db.send(
          new BatchGetCommand({
            RequestItems: { [tableName]: { Keys: pending, ConsistentRead: options.consistent } },
          }),
        );
        for (const item of result.Responses?.[tableName] ?? []) found.set(keyString(item as ItemKey), item);
        pending = result.UnprocessedKeys?.[tableName]?.Keys as ItemKey[] | undefined;
      }
    }),
  );
  return found;
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
