/**
 * The load process of the latency figures (target 4), separate from the process that hosts the gateway and
 * the handlers. For each request path it alternates two phases, the order swapped each repetition: the API
 * call through the gateway, and the same DynamoDB calls the path made (recorded by the bench), replayed raw
 * round by round from here. Reads its plan as JSON on stdin; writes the latencies as JSON on stdout.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchGetCommand, DynamoDBDocumentClient, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { RecordedCall } from './requests';

interface Plan {
  api: string;
  dynamodb: { endpoint: string; region: string; accessKeyId: string; secretAccessKey: string };
  clients: number;
  requestsPerPhase: number;
  repetitions: number;
  burstClients: number;
  cases: { name: string; path: string; token: string; calls: RecordedCall[] }[];
}

const plan = JSON.parse(await new Response(process.stdin as unknown as ReadableStream).text()) as Plan;
const db = DynamoDBDocumentClient.from(
  new DynamoDBClient({
    endpoint: plan.dynamodb.endpoint,
    region: plan.dynamodb.region,
    credentials: { accessKeyId: plan.dynamodb.accessKeyId, secretAccessKey: plan.dynamodb.secretAccessKey },
  }),
);
const commands: Record<string, new (input: never) => GetCommand> = {
  GetItemCommand: GetCommand,
  QueryCommand: QueryCommand as never,
  BatchGetItemCommand: BatchGetCommand as never,
};

async function phase(clients: number, total: number, fn: () => Promise<unknown>): Promise<number[]> {
  const latencies: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < total) {
        next += 1;
        const t = performance.now();
        await fn();
        latencies.push(performance.now() - t);
      }
    }),
  );
  return latencies;
}

const viaApi = (c: Plan['cases'][number]) => async () => {
  const response = await fetch(`${plan.api}${c.path}`, { headers: { authorization: `Bearer ${c.token}` } });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${c.name}: ${response.status}`);
};

const raw = (c: Plan['cases'][number]) => {
  const rounds = [...new Set(c.calls.map((call) => call.round))].map((r) => c.calls.filter((call) => call.round === r));
  return async () => {
    for (const round of rounds)
      await Promise.all(round.map((call) => db.send(new commands[call.command]!(call.input as never))));
  };
};

const results: Record<string, { api: number[]; raw: number[]; burst: number[] }> = {};
for (const c of plan.cases) {
  await phase(plan.clients, plan.requestsPerPhase / 4, viaApi(c)); // warm-up of both paths
  await phase(plan.clients, plan.requestsPerPhase / 4, raw(c));
  results[c.name] = { api: [], raw: [], burst: [] };
}
for (let repetition = 0; repetition < plan.repetitions; repetition += 1) {
  for (const c of plan.cases) {
    const order = repetition % 2 === 0 ? (['api', 'raw'] as const) : (['raw', 'api'] as const);
    for (const kind of order)
      results[c.name]![kind].push(
        ...(await phase(plan.clients, plan.requestsPerPhase, kind === 'api' ? viaApi(c) : raw(c))),
      );
  }
}
// 128 clients: their connections opened once before (warm), then each path's slowest answer of 4 calls each
await phase(plan.burstClients, plan.burstClients, viaApi(plan.cases[0]!));
for (const c of plan.cases) results[c.name]!.burst = await phase(plan.burstClients, plan.burstClients * 4, viaApi(c));
process.stdout.write(JSON.stringify(results));
