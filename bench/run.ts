/**
 * `npm run bench` (BENCH_QUICK=1 for a smaller run): measures the figures of quality.md on this machine, in
 * one run, against an ephemeral local stack, and writes bench/results/<timestamp>.json as
 * `{ "figures": [ { name, value, unit, target, met, baseline, ratio } ] }`. Times are also given as ratios to
 * a baseline measured in the same run (these machines are shared and noisy).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
process.env.LOG_LEVEL = 'error';
const quick = process.env.BENCH_QUICK === '1';
const root = path.resolve(import.meta.dirname, '..');
const { startLocalStack } = await import('../local/stack');
const { routes } = await import('#shared/app/routes');
const { enrollmentTasks } = await import('#shared/enrollment/workflow');
const { directBillTasks } = await import('#shared/direct-bill/workflow');
const { jobs } = await import('#shared/app/jobs');

interface Figure {
  name: string;
  value: number;
  unit: string;
  target?: string;
  met?: boolean;
  baseline?: number;
  ratio?: number;
}
const figures: Figure[] = [];
const add = (figure: Figure) => {
  figures.push(figure);
  const mark = figure.met === undefined ? ' ' : figure.met ? '✓' : '✗';
  process.stdout.write(
    `${mark} ${figure.name.padEnd(62)} ${String(figure.value).padStart(10)} ${figure.unit.padEnd(8)} ${figure.ratio !== undefined ? `x${figure.ratio}`.padEnd(8) : ''.padEnd(8)} ${figure.target ?? ''}\n`,
  );
};
const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};

// ---- 1. bundle sizes (esbuild, minified, SDK included: the options the CDK app uses)
const outdir = path.join(os.tmpdir(), `csp-bench-${Date.now()}`);
mkdirSync(outdir, { recursive: true });
async function bundle(entry: string, name: string): Promise<string> {
  const outfile = path.join(outdir, `${name}.mjs`);
  await build({
    entryPoints: [path.join(root, entry)],
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'esm',
    minify: true,
    mainFields: ['module', 'main'],
    outfile,
    logLevel: 'error',
    banner: { js: "import { createRequire as __cr } from 'node:module';const require = __cr(import.meta.url);" },
  });
  return outfile;
}
const entries = [
  ...routes.map((r) => [r.operationId, r.handler] as const),
  ...Object.entries({ ...enrollmentTasks, ...directBillTasks }).map(([n, t]) => [n, t.handler] as const),
  ...Object.entries(jobs).map(([n, j]) => [n, j.handler] as const),
  ['consumeEvents', 'functions/platform/consume-events.ts'] as const,
];
process.stdout.write(`\nBundles (${entries.length} functions)\n`);
const bundles = new Map<string, string>();
const sizes: number[] = [];
for (const [name, entry] of entries) {
  const file = await bundle(entry, name);
  bundles.set(name, file);
  sizes.push(statSync(file).size);
}
const baselineFile = await bundle('bench/baseline.ts', '__baseline');
const baselineSize = statSync(baselineFile).size;
add({
  name: 'bundle size: baseline (DynamoDB document client only)',
  value: round(baselineSize / 1024, 0),
  unit: 'KB',
});
add({
  name: 'bundle size: largest handler',
  value: round(Math.max(...sizes) / 1024, 0),
  unit: 'KB',
  target: '<= 300 KB',
  met: Math.max(...sizes) <= 300 * 1024,
  baseline: round(baselineSize / 1024, 0),
  ratio: round(Math.max(...sizes) / baselineSize),
});
add({
  name: 'bundle size: median handler',
  value: round(percentile(sizes, 50) / 1024, 0),
  unit: 'KB',
  target: '<= 300 KB',
  met: percentile(sizes, 50) <= 300 * 1024,
  baseline: round(baselineSize / 1024, 0),
  ratio: round(percentile(sizes, 50) / baselineSize),
});

// ---- 2. cold import in a fresh node process
const coldEnv = {
  ...process.env,
  TABLE_NAME: 't',
  USER_POOL_ID: 'p',
  USER_POOL_CLIENT_ID: 'c',
  EMAIL_FROM: 'a@b.c',
  PUBLIC_BASE_URL: 'https://x.example',
  CURSOR_SECRET: 'bench-only-cursor-secret-0123456789abcd',
  ENROLLMENT_STATE_MACHINE_ARN: 'arn:aws:states:us-east-1:0:stateMachine:a',
  DIRECT_BILL_STATE_MACHINE_ARN: 'arn:aws:states:us-east-1:0:stateMachine:b',
  AWS_REGION: 'us-east-1',
};
const coldImport = (file: string) => {
  const script = `const t=process.hrtime.bigint();await import(${JSON.stringify(pathToFileURL(file).href)});console.log(Number(process.hrtime.bigint()-t)/1e6)`;
  const samples = Array.from({ length: 3 }, () =>
    Number(execFileSync(process.execPath, ['--input-type=module', '-e', script], { env: coldEnv }).toString().trim()),
  );
  return percentile(samples, 50);
};
process.stdout.write('\nCold import (median of 3 fresh processes)\n');
const baselineImport = coldImport(baselineFile);
add({ name: 'cold import: baseline bundle', value: round(baselineImport, 1), unit: 'ms' });
const sampled = quick ? [...bundles.entries()].filter((_, i) => i % 8 === 0) : [...bundles.entries()];
const imports = sampled.map(([name, file]) => ({ name, ms: coldImport(file) }));
const worstImport = imports.reduce((a, b) => (b.ms > a.ms ? b : a));
add({
  name: `cold import: worst handler (${worstImport.name}, ${imports.length} measured)`,
  value: round(worstImport.ms, 1),
  unit: 'ms',
  target: '<= 1.5 x baseline',
  baseline: round(baselineImport, 1),
  ratio: round(worstImport.ms / baselineImport),
  met: worstImport.ms / baselineImport <= 1.5,
});
const medianImport = percentile(
  imports.map((i) => i.ms),
  50,
);
add({
  name: 'cold import: median handler',
  value: round(medianImport, 1),
  unit: 'ms',
  target: '<= 1.5 x baseline',
  baseline: round(baselineImport, 1),
  ratio: round(medianImport / baselineImport),
  met: medianImport / baselineImport <= 1.5,
});

// ---- the local stack, in this process (handlers too), with a counter on the table client
process.stdout.write('\nStarting an ephemeral local stack...\n');
const stack = await startLocalStack({});
const api = stack.urls.api;
const { db } = await import('#shared/platform/table');
let reads = 0;
let writes = 0;
const readCommands = new Set([
  'GetItemCommand',
  'QueryCommand',
  'BatchGetItemCommand',
  'ScanCommand',
  'DescribeTableCommand',
]);
db.middlewareStack.add(
  (next, context) => async (args) => {
    if (readCommands.has(String(context.commandName))) reads += 1;
    else writes += 1;
    return next(args);
  },
  { step: 'initialize', name: 'benchRequestCounter' },
);
const call = async (method: string, p: string, body?: unknown, token?: string) => {
  const response = await fetch(`${api}${p}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
};

// ---- 3. DynamoDB requests per API call
process.stdout.write(
  '\nDynamoDB requests per API call (target: reads <= 2 with the caller’s membership; writes <= 1)\n',
);
const email = `bench.${Date.now()}@contoso.example`;
const password = 'Correct-Horse-9!battery';
await call('POST', '/v1/sign-up', {
  organization: { legalName: 'Bench S.r.l.', country: 'IT' },
  admin: { fullName: 'Bench', email, password },
});
const token = (await call('POST', '/v1/sign-in', { email, password })).body.tokens.accessToken as string;
const enrollment = (
  await call(
    'POST',
    '/v1/enrollments',
    {
      legalProfile: {
        legalName: 'Bench S.r.l.',
        address: { line1: 'Via Roma 1', city: 'Milano', postalCode: '20121', country: 'IT' },
      },
      primaryContact: { fullName: 'Bench', email: `contact.${email}`, phone: '+39 02 1234 5678' },
      support: { email: 'help@contoso.example', phone: '+39 02 1234 5679', website: 'https://contoso.example' },
    },
    token,
  )
).body;
const me = (await call('GET', '/v1/me/capabilities', undefined, token)).body;
const scenario: [string, string, string, unknown?][] = [
  ['getEnrollment', 'GET', `/v1/enrollments/${enrollment.enrollmentId}`],
  ['getMyCapabilities', 'GET', '/v1/me/capabilities'],
  ['getPartnerProfile', 'GET', '/v1/partner-profile'],
  ['listPartnerUsers', 'GET', '/v1/users?limit=10'],
  ['getPartnerUser', 'GET', `/v1/users/${me.userId}`],
  ['listCustomers', 'GET', '/v1/customers'],
  ['listServiceRequests', 'GET', '/v1/service-requests'],
  ['listIndirectProviders', 'GET', '/v1/indirect-providers'],
  ['listInvitations', 'GET', '/v1/invitations'],
  [
    'createServiceRequest',
    'POST',
    '/v1/service-requests',
    { category: 'Platform', title: 'Bench', description: 'A benchmark ticket.' },
  ],
  [
    'createPartnerUser',
    'POST',
    '/v1/users',
    { fullName: 'Bench User', email: `user.${email}`, agentRole: 'SalesAgent', adminRole: 'NotAnAdmin' },
  ],
  ['getDirectBillEligibility', 'GET', '/v1/direct-bill/eligibility'],
];
const readsOf = new Map<string, number>();
for (const [operation, method, p, body] of scenario) {
  await new Promise((resolve) => setTimeout(resolve, 300)); // let the stream consumer settle: count only this call
  reads = 0;
  writes = 0;
  const response = await call(method, p, body, token);
  const r = reads;
  const w = writes;
  readsOf.set(operation, r);
  add({
    name: `requests: ${operation} (${response.status}): ${r} reads, ${w} writes`,
    value: r + w,
    unit: 'requests',
    target: 'reads<=2, writes<=1',
    met: r <= 2 && w <= 1,
  });
}

// ---- 4. warm latency through the gateway, 32 concurrent clients, vs the raw DynamoDB Local call
process.stdout.write('\nWarm latency, 32 concurrent clients\n');
const { GetCommand } = await import('@aws-sdk/lib-dynamodb');
const { tableName } = await import('#shared/platform/table');
async function load(fn: () => Promise<unknown>, total: number): Promise<number[]> {
  const latencies: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: 32 }, async () => {
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
const total = quick ? 640 : 3200;
await load(
  () => db.send(new GetCommand({ TableName: tableName, Key: { pk: `USER#${me.userId}`, sk: 'PROFILE' } })),
  320,
); // warm-up
const raw = await load(
  () => db.send(new GetCommand({ TableName: tableName, Key: { pk: `USER#${me.userId}`, sk: 'PROFILE' } })),
  total,
);
const rawP99 = percentile(raw, 99);
add({ name: 'raw DynamoDB Local GetItem p99 (baseline)', value: round(rawP99, 1), unit: 'ms' });
for (const [operation, p] of [
  ['getEnrollment', `/v1/enrollments/${enrollment.enrollmentId}`],
  ['getMyCapabilities', '/v1/me/capabilities'],
  ['getPartnerProfile', '/v1/partner-profile'],
] as const) {
  await load(() => call('GET', p, undefined, token), 320);
  const latencies = await load(() => call('GET', p, undefined, token), total);
  const p50 = percentile(latencies, 50);
  const p99 = percentile(latencies, 99);
  add({ name: `latency p50: ${operation}`, value: round(p50, 1), unit: 'ms' });
  // compare with the raw DynamoDB calls the operation makes, one after the other (measured above)
  const calls = readsOf.get(operation) ?? 1;
  add({
    name: `latency p99: ${operation} (${calls} reads)`,
    value: round(p99, 1),
    unit: 'ms',
    target: '<= 3 x raw p99 of its calls',
    baseline: round(rawP99 * calls, 1),
    ratio: round(p99 / (rawP99 * calls)),
    met: p99 / (rawP99 * calls) <= 3,
  });
}

// ---- 5. the re-evaluation job over 10,000 (and 100,000) partners, 1% due
process.stdout.write('\nAnnual re-evaluation job, 1% due\n');
const { putAll } = await import('#shared/platform/table');
const { QueryCommand, BatchGetCommand } = await import('@aws-sdk/lib-dynamodb');
const { reevaluateDueDirectBillPartners } = await import('#shared/direct-bill/reevaluation-job');
const { advanceClock, clock } = await import('#shared/platform/clock');
const populations = quick ? [10_000] : [10_000, 100_000];
let seeded = 0;
const indexReads: number[] = [];
for (const population of populations) {
  advanceClock(86_400_000); // a new day: the job's daily checkpoint starts afresh
  const today = clock.nowIso().slice(0, 10);
  const items: Record<string, unknown>[] = [];
  for (let i = seeded; i < population; i += 1) {
    const organizationId = `bench-${i}`;
    const due = i % 100 === 0;
    items.push({
      pk: `ORG#${organizationId}`,
      sk: 'DIRECTBILL',
      organizationId,
      attestations: {},
      status: 'Active',
      version: 1,
      nextReviewDue: due ? today : '2099-01-01',
      gsi3pk: 'DIRECTBILL_DUE',
      gsi3sk: `${due ? today : '2099-01-01'}#${organizationId}`,
    });
    if (due)
      items.push({
        pk: `ORG#${organizationId}`,
        sk: 'PROFILE',
        organizationId,
        legalName: `Bench ${i}`,
        country: 'IT',
        programs: { DirectBill: { status: 'Active', since: today } },
        version: 1,
      });
  }
  // the partners seeded for a smaller population become due again today
  const redue = Array.from({ length: seeded / 100 }, (_, k) => k * 100).map((i) => ({
    pk: `ORG#bench-${i}`,
    sk: 'DIRECTBILL',
    organizationId: `bench-${i}`,
    attestations: {},
    status: 'Active',
    version: 1,
    nextReviewDue: today,
    gsi3pk: 'DIRECTBILL_DUE',
    gsi3sk: `${today}#bench-${i}`,
  }));
  const t0 = performance.now();
  await putAll([...items, ...redue]);
  process.stdout.write(`  seeded ${population} partners in ${round((performance.now() - t0) / 1000, 1)} s\n`);
  seeded = population;
  // raw pass: one Query of the due index and a BatchGet of the due partners' profiles
  const tRaw = performance.now();
  let cursor: Record<string, unknown> | undefined;
  let rawDue = 0;
  do {
    const page = await db.send(
      new QueryCommand({
        TableName: tableName,
        IndexName: 'gsi3',
        KeyConditionExpression: 'gsi3pk = :d AND gsi3sk <= :t',
        ExpressionAttributeValues: { ':d': 'DIRECTBILL_DUE', ':t': `${today}#~` },
        ExclusiveStartKey: cursor,
        Limit: 100,
      }),
    );
    cursor = page.LastEvaluatedKey;
    const keys = (page.Items ?? []).map((item) => ({ pk: `ORG#${item.organizationId}`, sk: 'PROFILE' }));
    rawDue += keys.length;
    for (let i = 0; i < keys.length; i += 100)
      await db.send(new BatchGetCommand({ RequestItems: { [tableName]: { Keys: keys.slice(i, i + 100) } } }));
  } while (cursor);
  const rawMs = performance.now() - tRaw;
  reads = 0;
  writes = 0;
  const tJob = performance.now();
  const summary = await reevaluateDueDirectBillPartners({ pageSize: 100 });
  const jobMs = performance.now() - tJob;
  indexReads.push(summary.indexItemsRead);
  add({
    name: `job ${population}: due partners read from the index`,
    value: summary.indexItemsRead,
    unit: 'items',
    target: 'grows with partners due',
    met: summary.indexItemsRead === rawDue,
  });
  add({ name: `job ${population}: DynamoDB requests in all`, value: reads + writes, unit: 'requests' });
  add({
    name: `job ${population}: time`,
    value: round(jobMs / 1000, 2),
    unit: 's',
    target: '<= 2 x raw Query+BatchGet',
    baseline: round(rawMs / 1000, 2),
    ratio: round(jobMs / rawMs),
    met: jobMs / rawMs <= 2,
  });
}
if (indexReads.length === 2)
  add({
    name: 'job: index items read, 100k vs 10k partners',
    value: round(indexReads[1]! / indexReads[0]!),
    unit: 'x',
    target: '10 x (1% of each)',
    met: indexReads[1]! === indexReads[0]! * 10,
  });

await stack.stop();
mkdirSync(path.join(root, 'bench/results'), { recursive: true });
const file = path.join(root, 'bench/results', `${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
writeFileSync(
  file,
  `${JSON.stringify({ quick, machine: { cpus: os.cpus().length, node: process.version }, figures }, null, 2)}\n`,
);
process.stdout.write(
  `\n${figures.filter((f) => f.met === false).length} of ${figures.filter((f) => f.met !== undefined).length} figures with a target are not met. Results: ${path.relative(root, file)}\n`,
);
process.exit(0);
