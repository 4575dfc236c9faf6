/**
 * Target 3: the DynamoDB requests of each request path, counted on the table client of the stack the bench
 * hosts: reads, write transactions, other writes, and sequential rounds (a round starts when a request
 * starts with none in flight). The calls of each are kept, so the latency part can replay them raw.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { add, section } from './support';

export interface RecordedCall {
  command: string;
  input: unknown;
  round: number;
  /** The operation whose request scope the call ran in. */
  scope?: string;
}

const readCommands = new Set(['GetItemCommand', 'QueryCommand', 'BatchGetItemCommand', 'ScanCommand']);

/**
 * Counts what `db` sends while recording: for a request path, only what the measured API request sends (its
 * gateway request scope, `scopeOf`, first seen in the window: not the stream consumer, nor work an earlier
 * request left running); for a job, everything (the consumer is paused meanwhile).
 */
export function requestCounter(db: DynamoDBDocumentClient, scopeOf: () => object | undefined) {
  const seenBefore = new WeakSet<object>();
  /** A new window: recording, what it counts, and every count at zero. */
  const windowOf = (onlyRequests: boolean) => ({
    recording: true,
    onlyRequests,
    scopes: new Set<object>(),
    inFlight: 0,
    rounds: 0,
    reads: 0,
    transactions: 0,
    writes: 0,
    itemsWritten: 0,
    bytesWritten: 0,
    calls: [] as RecordedCall[],
  });
  const state = { ...windowOf(false), recording: false };
  db.middlewareStack.add(
    (next, context) => async (args) => {
      const scope = scopeOf();
      if (!state.recording) {
        if (scope) seenBefore.add(scope);
        return next(args);
      }
      if (state.onlyRequests && (!scope || (seenBefore.has(scope) && !state.scopes.has(scope)))) return next(args);
      if (scope) {
        state.scopes.add(scope);
        seenBefore.add(scope);
      }
      if (state.inFlight === 0) state.rounds += 1;
      state.inFlight += 1;
      const command = String(context.commandName);
      if (readCommands.has(command)) state.reads += 1;
      else if (command === 'TransactWriteItemsCommand') state.transactions += 1;
      else state.writes += 1;
      if (command === 'TransactWriteItemsCommand') {
        const items = (args.input as { TransactItems: unknown[] }).TransactItems;
        state.itemsWritten += items.length;
        state.bytesWritten += JSON.stringify(items).length;
      }
      state.calls.push({
        command,
        input: structuredClone(args.input),
        round: state.rounds,
        scope: (scope as { operationId?: string } | undefined)?.operationId,
      });
      try {
        return await next(args);
      } finally {
        state.inFlight -= 1;
      }
    },
    { step: 'initialize', name: 'benchRequestCounter' },
  );
  return {
    async measure<T>(fn: () => Promise<T>) {
      Object.assign(state, windowOf(true));
      try {
        const result = await fn();
        return {
          result,
          reads: state.reads,
          transactions: state.transactions,
          writes: state.writes,
          rounds: state.rounds,
          calls: state.calls,
        };
      } finally {
        state.recording = false;
      }
    },
    /** `start` ... `stop`: counts everything in between (a job's whole run). */
    start() {
      Object.assign(state, windowOf(false));
    },
    stop() {
      state.recording = false;
      return {
        reads: state.reads,
        transactions: state.transactions,
        writes: state.writes,
        itemsWritten: state.itemsWritten,
        bytesWritten: state.bytesWritten,
        requests: state.reads + state.transactions + state.writes,
      };
    },
  };
}

export interface PathCase {
  operation: string;
  label?: string;
  method: string;
  path: string;
  body?: unknown;
  token: string;
  headers?: Record<string, string>;
  /** Reads allowed; state changes also need exactly one transaction and no other write. */
  maxReads: number;
  changes?: boolean;
}

export async function measureRequestPaths(
  counter: ReturnType<typeof requestCounter>,
  call: (
    method: string,
    path: string,
    options: { body?: unknown; token?: string; headers?: Record<string, string> },
  ) => Promise<{ status: number; text: string }>,
  settle: () => Promise<void>,
  cases: PathCase[],
): Promise<Map<string, RecordedCall[]>> {
  section('DynamoDB requests per request path (<= 3 sequential rounds; one transaction per state change)');
  const recorded = new Map<string, RecordedCall[]>();
  for (const c of cases) {
    await settle(); // the stream consumer idle: count only this call
    const m = await counter.measure(() => call(c.method, c.path, { body: c.body, token: c.token, headers: c.headers }));
    if (m.result.status >= 400 || process.env.BENCH_CALLS)
      process.stdout.write(
        `${m.calls.map((call) => `    ${call.round} ${call.scope} ${call.command} ${JSON.stringify(call.input).slice(0, 160)}`).join('\n')}\n`,
      );
    if (m.result.status >= 400) throw new Error(`${c.operation}: ${m.result.status} ${m.result.text}`);
    recorded.set(c.label ?? c.operation, m.calls);
    const writesOk = c.changes ? m.transactions === 1 && m.writes === 0 : m.transactions === 0 && m.writes === 0;
    add({
      name: `${c.label ?? c.operation}: ${m.reads} reads, ${m.transactions} transactions, ${m.writes} other writes`,
      value: m.rounds,
      unit: 'rounds',
      target: `<= 3 rounds, <= ${c.maxReads} reads${c.changes ? ', 1 transaction' : ''}`,
      met: m.rounds <= 3 && m.reads <= c.maxReads && writesOk,
    });
  }
  return recorded;
}
