/**
 * `npm run bench` (BENCH_QUICK=1 for a smaller run): the figures of issue 18 and quality.md, each printed with
 * the baseline measured in the same run, its ratio and its target, and written to bench/results/<time>.json.
 * docs/performance.md explains each baseline and why it is fair.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { measureBundles } from './bundles';
import { measureJob } from './job';
import { measureRequestPaths, requestCounter } from './requests';
import { add, apiClient, figures, percentile, round, section } from './support';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
process.env.LOG_LEVEL = 'error';
const quick = process.env.BENCH_QUICK === '1';
/** BENCH_PARTS=bundles,requests,latency,job runs some of them (all by default). */
const parts = new Set((process.env.BENCH_PARTS ?? 'bundles,requests,latency,job').split(','));
const root = path.resolve(import.meta.dirname, '..');
const { routes } = await import('#shared/app/routes');
const { enrollmentTasks } = await import('#shared/enrollment/workflow');
const { directBillTasks } = await import('#shared/direct-bill/workflow');
const { jobs } = await import('#shared/app/jobs');

// ---- 1 and 2: bundles and cold import
if (parts.has('bundles'))
  await measureBundles(
    [
      ...routes.map((r) => [r.operationId, r.handler] as const),
      ...Object.entries({ ...enrollmentTasks, ...directBillTasks }).map(([n, t]) => [n, t.handler] as const),
      ...Object.entries(jobs).map(([n, j]) => [n, j.handler] as const),
      ['consumeEvents', 'functions/platform/consume-events.ts'] as const,
    ],
    { rounds: quick ? 3 : 9, sample: quick ? 12 : 4 },
  );

// ---- the local stack, hosted here (gateway and handlers), with a counter on its table client
section('Starting an ephemeral local stack...');
// the functions' metric lines are counted, not printed among the figures (as in the test suite)
const { installLogView } = await import('../local/log-view');
installLogView({ pretty: false });
const { startLocalStack } = await import('../local/stack');
const stack = await startLocalStack({});
// the stack stops however the measurements end (a failed one leaves no emulator behind)
try {
  const { db } = await import('#shared/platform/table');
  const { apiRequestScope } = await import('../local/request-scope');
  const counter = requestCounter(db, () => apiRequestScope.getStore());
  const client = apiClient(stack.urls.api, stack.urls.mail);
  const { call } = client;
  const settle = async () => {
    for (let i = 0; i < 100; i += 1) {
      const stream = (await call('GET', '/__local/stream')).body as { idle: boolean };
      if (stream.idle) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  // ---- 3: request paths
  const partner = await client.directBillPartner();
  const customer = await client.customerOf(partner);
  const enrollment = (
    await call('POST', '/v1/enrollments', {
      token: partner.token,
      body: {
        legalProfile: {
          legalName: 'Bench S.r.l.',
          address: { line1: 'Via Roma 1', city: 'Milano', postalCode: '20121', country: 'IT' },
        },
        primaryContact: { fullName: 'Bench', email: `contact.${partner.email}`, phone: '+39 02 1234 5678' },
        support: { email: 'help@contoso.example', phone: '+39 02 1234 5679', website: 'https://contoso.example' },
      },
    })
  ).body;
  const me = (await call('GET', '/v1/me/capabilities', { token: partner.token })).body;
  const orders = `/v1/customers/${customer.organizationId}/orders`;
  // the catalogue holds three offers: five lines name some twice
  const offers = [
    'M365-BUSINESS-PREMIUM',
    'M365-BUSINESS-BASIC',
    'AZURE-PLAN',
    'M365-BUSINESS-PREMIUM',
    'M365-BUSINESS-BASIC',
  ];
  const first = await call('POST', orders, {
    token: partner.token,
    body: { lineItems: offers.slice(0, 3).map((offerId) => ({ offerId, quantity: 1 })) },
  });
  if (first.status !== 201) throw new Error(`first order: ${first.status} ${first.text}`);
  const subscriptions = (first.body.lineItems as { subscriptionId: string }[]).map((l) => l.subscriptionId);
  const token = partner.token;
  const recorded = await measureRequestPaths(counter, call, settle, [
    {
      operation: 'getEnrollment',
      method: 'GET',
      path: `/v1/enrollments/${enrollment.enrollmentId}`,
      token,
      maxReads: 2,
    },
    { operation: 'getMyCapabilities', method: 'GET', path: '/v1/me/capabilities', token, maxReads: 2 },
    { operation: 'getPartnerProfile', method: 'GET', path: '/v1/partner-profile', token, maxReads: 2 },
    { operation: 'listPartnerUsers', method: 'GET', path: '/v1/users?limit=10', token, maxReads: 2 },
    { operation: 'getPartnerUser', method: 'GET', path: `/v1/users/${me.userId}`, token, maxReads: 2 },
    { operation: 'listCustomers', method: 'GET', path: '/v1/customers', token, maxReads: 2 },
    {
      operation: 'listRevenue',
      method: 'GET',
      path: `/v1/revenue?month=${new Date().toISOString().slice(0, 7)}`,
      token,
      maxReads: 3,
    },
    { operation: 'getDirectBillEligibility', method: 'GET', path: '/v1/direct-bill/eligibility', token, maxReads: 3 },
    ...[1, 5].map((lines) => ({
      operation: 'submitOrder',
      label: `submitOrder (${lines} new line${lines > 1 ? 's' : ''})`,
      method: 'POST',
      path: orders,
      body: { lineItems: offers.slice(0, lines).map((offerId) => ({ offerId, quantity: 1 })) },
      token,
      maxReads: 4,
      changes: true,
    })),
    {
      operation: 'submitOrder',
      label: 'submitOrder (2 lines adding licenses)',
      method: 'POST',
      path: orders,
      // the first two (the third, an Azure plan, is one per customer)
      body: { lineItems: subscriptions.slice(0, 2).map((subscriptionId) => ({ subscriptionId, addQuantity: 1 })) },
      token,
      maxReads: 4,
      changes: true,
    },
    {
      operation: 'createServiceRequest',
      method: 'POST',
      path: '/v1/service-requests',
      body: { category: 'Platform', title: 'Bench', description: 'A benchmark ticket.' },
      token,
      maxReads: 2,
      changes: true,
    },
    {
      operation: 'createServiceRequest',
      label: 'createServiceRequest with an Idempotency-Key',
      method: 'POST',
      path: '/v1/service-requests',
      body: { category: 'Platform', title: 'Bench', description: 'A benchmark ticket.' },
      headers: { 'idempotency-key': `bench-${Date.now()}` },
      token,
      maxReads: 3,
      changes: true,
    },
  ]);

  // ---- 4: latency from a separate load process, API and raw calls interleaved
  if (parts.has('latency')) {
    const latencyCases = ['getEnrollment', 'getMyCapabilities', 'getPartnerProfile', 'getDirectBillEligibility'].map(
      (name) => ({
        name,
        path: {
          getEnrollment: `/v1/enrollments/${enrollment.enrollmentId}`,
          getMyCapabilities: '/v1/me/capabilities',
          getPartnerProfile: '/v1/partner-profile',
          getDirectBillEligibility: '/v1/direct-bill/eligibility',
        }[name]!,
        token,
        calls: recorded.get(name)!,
      }),
    );
    const repetitions = quick ? 3 : 5;
    section(`Latency through the gateway, 32 clients in a separate process, ${repetitions} interleaved repetitions`);
    const plan = {
      api: stack.urls.api,
      dynamodb: {
        endpoint: stack.urls.dynamodb,
        region: 'us-east-1',
        accessKeyId: stack.env.AWS_ACCESS_KEY_ID,
        secretAccessKey: stack.env.AWS_SECRET_ACCESS_KEY,
      },
      clients: 32,
      requestsPerPhase: quick ? 320 : 960,
      repetitions,
      burstClients: 128,
      cases: latencyCases,
    };
    const loadOutput = await new Promise<string>((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'bench/load.ts')], {
        stdio: ['pipe', 'pipe', 'inherit'],
        env: { ...process.env, NODE_NO_WARNINGS: '1' },
      });
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
      });
      child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`load process exited with ${code}`))));
      child.stdin.end(JSON.stringify(plan));
    });
    const latencies = JSON.parse(loadOutput) as Record<string, { api: number[]; raw: number[]; burst: number[] }>;
    for (const c of latencyCases) {
      const { api, raw, burst } = latencies[c.name]!;
      const apiP99 = percentile(api, 99);
      const rawP99 = percentile(raw, 99);
      add({
        name: `latency p50 ${c.name}: API / raw`,
        value: round(percentile(api, 50), 1),
        unit: 'ms',
        baseline: round(percentile(raw, 50), 1),
      });
      add({
        name: `latency p99 ${c.name}, 32 clients (raw: its ${c.calls.length} DynamoDB calls)`,
        value: round(apiP99, 1),
        unit: 'ms',
        target: '<= 1.5 x raw p99',
        baseline: round(rawP99, 1),
        ratio: round(apiP99 / rawP99),
        met: apiP99 / rawP99 <= 1.5,
      });
      const slowest = Math.max(...burst);
      add({
        name: `latency max ${c.name}, 128 clients`,
        value: round(slowest, 0),
        unit: 'ms',
        target: '<= 2000 ms',
        met: slowest <= 2000,
      });
    }
  }

  // ---- 5: the annual job
  if (parts.has('job')) {
    await call('POST', '/__local/stream', { body: { paused: true } }); // the job's own requests only
    await measureJob(counter, { populations: quick ? [10_000] : [10_000, 100_000], manyDue: 1_000 });
  }
} finally {
  await stack.stop();
}
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
