import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync } from 'node:fs';
import type http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { type JobName, jobs } from '#shared/app/jobs';
import { fallbackHandler, routes } from '#shared/app/routes';
import { advanceClock, clock, clockRate, setClockRate } from '#shared/platform/clock';
import { createGateway, handlerLoader } from './gateway';
import { freePort, readJson, sendJson } from './http-util';
import { localMetrics } from './log-view';
import { ensureTable, ensureUserPool, localCredentials, startCognito, startDynamoDb, startSes } from './services';
import { StreamPoller } from './streams';
import { localRegion, localStateMachineArn, synthesizeLocalDefinitions } from './template';
import { LocalStepFunctions, type TaskHandler } from './workflows';

export const repoRoot = path.resolve(import.meta.dirname, '..');

export interface LocalStackOptions {
  /** Where emulator state is kept; omit for a throw-away stack (tests). */
  dataDir?: string;
  /** Port of the HTTP gateway. */
  port?: number;
  /** Fixed ports for the emulators (npm start), so their URLs stay the same; tests use free ports. */
  fixedPorts?: { dynamodb: number; cognito: number; ses: number; stepFunctions: number };
  /** Application seconds per real second (TIME_SCALE): 86400 makes a day pass every second. */
  timeScale?: number;
  log?: (message: string, fields?: Record<string, unknown>) => void;
}

export interface LocalStack {
  urls: {
    api: string;
    openapi: string;
    mail: string;
    dynamodb: string;
    cognito: string;
    ses: string;
    stepFunctions: string;
  };
  env: Record<string, string>;
  stop(): Promise<void>;
}

const tableName = 'csp-partner';

/** The sample PartnerIDs of the local partner directory (README walk-through). */
export const localPartnerIds = [
  { partnerId: '4871234', organizationName: 'Contoso Italia', country: 'IT', status: 'Active' as const },
  { partnerId: '4871235', organizationName: 'Contoso Iberia', country: 'ES', status: 'Active' as const },
  { partnerId: '4871236', organizationName: 'Contoso USA', country: 'US', status: 'Active' as const },
  { partnerId: '4871237', organizationName: 'Contoso UK', country: 'GB', status: 'Active' as const },
];

/** The program operator every local stack has (never in AWS: there, `npm run operator:create`). */
export const localOperator = {
  email: 'operator@csp-partner.local',
  fullName: 'Local Operator',
  password: 'Operator-Local-1!',
};
const stateMachineArn = localStateMachineArn('EnrollmentTimeline');

/**
 * Starts the whole product on this machine: DynamoDB Local, cognito-local, SES v2 local, the local Step
 * Functions endpoint running the synthesized ASL, the stream poller feeding the outbox consumer, and the HTTP
 * gateway serving every declared route. Everything listens on 127.0.0.1 only.
 */
export async function startLocalStack(options: LocalStackOptions = {}): Promise<LocalStack> {
  const log = options.log ?? (() => {});
  const dataDir = options.dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'csp-local-'));
  const children: ChildProcess[] = [];
  const servers: http.Server[] = [];
  const fixed = options.fixedPorts;
  const [gatewayPort, dynamoPort, cognitoPort, sesPort, sfnPort] = await Promise.all([
    options.port ?? freePort(),
    fixed?.dynamodb ?? freePort(),
    fixed?.cognito ?? freePort(),
    fixed?.ses ?? freePort(),
    fixed?.stepFunctions ?? freePort(),
  ]);

  // every child is tracked from the moment it is spawned, so a failed start still stops it
  const track = (child: ChildProcess) => children.push(child);
  const dynamo = startDynamoDb(dynamoPort, options.dataDir ? path.join(dataDir, 'dynamodb') : undefined, track);
  mkdirSync(path.join(dataDir, 'cognito'), { recursive: true });
  const cognito = startCognito(cognitoPort, path.join(dataDir, 'cognito'), track);
  dynamo.catch(() => {});
  cognito.catch(() => {});
  const stopAll = async () => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  };

  try {
    const definitions = synthesizeLocalDefinitions();
    const mailFile = options.dataDir ? path.join(dataDir, 'mail.jsonl') : undefined;
    let ses = await startSes(sesPort, mailFile);
    servers.push(ses.server);
    const [{ endpoint: dynamoEndpoint }, { endpoint: cognitoEndpoint, process: cognitoProcess }] = await Promise.all([
      dynamo,
      cognito,
    ]);
    let cognitoChild = cognitoProcess;
    await ensureTable(dynamoEndpoint, tableName);
    const pool = await ensureUserPool(cognitoEndpoint, path.join(dataDir, 'cognito'));
    const api = `http://127.0.0.1:${gatewayPort}`;
    const sfnEndpoint = `http://127.0.0.1:${sfnPort}`;

    const env: Record<string, string> = {
      AWS_REGION: localRegion,
      AWS_ACCESS_KEY_ID: localCredentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: localCredentials.secretAccessKey,
      TABLE_NAME: tableName,
      DYNAMODB_ENDPOINT: dynamoEndpoint,
      COGNITO_ENDPOINT: cognitoEndpoint,
      USER_POOL_ID: pool.userPoolId,
      USER_POOL_CLIENT_ID: pool.clientId,
      SES_ENDPOINT: ses.endpoint,
      EMAIL_FROM: 'no-reply@csp-partner.local',
      SFN_ENDPOINT: sfnEndpoint,
      ENROLLMENT_STATE_MACHINE_ARN: stateMachineArn,
      DIRECT_BILL_STATE_MACHINE_ARN: localStateMachineArn('DirectBillApplication'),
      PUBLIC_BASE_URL: api,
      // signs paging cursors; a restart makes the cursors of the last run unreadable, which is harmless
      CURSOR_SECRET: randomBytes(32).toString('base64url'),
      OPERATIONS_EMAIL: 'operations@csp-partner.local',
      // webhooks to a receiver on this machine (refused in AWS: private and loopback endpoints)
      WEBHOOKS_ALLOW_LOOPBACK: 'true',
    };
    // Handlers read their configuration when first imported, which happens after this.
    Object.assign(process.env, env);
    if (options.timeScale && options.timeScale !== 1) setClockRate(options.timeScale);

    const load = handlerLoader(repoRoot);
    await import('./write-audit');
    const workflows = new LocalStepFunctions(log);
    for (const machine of definitions.machines) {
      workflows.register({
        arn: localStateMachineArn(machine.name),
        definition: machine.definition,
        taskHandlers: Object.fromEntries(
          Object.entries(machine.taskModules).map(([state, module]) => [state, () => load<TaskHandler>(module)]),
        ),
      });
    }
    await workflows.listen(sfnPort);

    const poller = new StreamPoller({
      endpoint: dynamoEndpoint,
      region: localRegion,
      tableName,
      handler: () => load('functions/platform/consume-events.ts'),
      log,
    });
    poller.start();

    // the local program operator (reviews enrollments); its credentials are printed by npm start
    const { createOperator } = await import('#shared/identity/operators');
    await createOperator(localOperator);
    // the offer catalogue (operator-managed; seeded locally)
    const [{ putOffers }, { seedOffers }] = await Promise.all([
      import('#shared/customers/offers-store'),
      import('#shared/customers/catalog'),
    ]);
    await putOffers(seedOffers);
    // the direct-bill eligibility policies (data; operators add versions)
    const [{ putPolicies }, { seedPolicies }] = await Promise.all([
      import('#shared/direct-bill/store'),
      import('#shared/direct-bill/rules'),
    ]);
    await putPolicies(seedPolicies);
    // a few PartnerIDs in the partner directory, one per seed country, so the browser walk-through reaches
    // Active without an operator's import (in AWS the directory is imported: importPartnerDirectory)
    const { partnerDirectory } = await import('#shared/enrollment/partner-directory');
    await partnerDirectory.import(localPartnerIds);

    // the scheduled jobs, on their rate in application time
    const runJob = async (name: JobName, event: Record<string, unknown> = {}) =>
      (await load<(event: unknown) => Promise<unknown>>(jobs[name].handler))(event);
    const timers = Object.entries(jobs).map(([name, job]) =>
      setInterval(
        () => runJob(name as JobName).catch((error: Error) => log('job failed', { job: name, error: error.message })),
        Math.max(1000, (job.everyMinutes * 60_000) / clockRate()),
      ),
    );
    for (const timer of timers) timer.unref();

    /** Fault injection for tests: stop an emulator, and start it again on the same port with the same data. */
    /** While email "hangs": a server on its port that accepts connections and never answers. */
    let hanging: { server: net.Server; sockets: Set<net.Socket> } | undefined;
    const setFault = async (service: string, down: boolean, mode?: string) => {
      if (service === 'email') {
        if (down) {
          ses.server.closeAllConnections();
          await new Promise((resolve) => ses.server.close(resolve));
          if (mode === 'hang') {
            const sockets = new Set<net.Socket>();
            const server = net.createServer((socket) => {
              sockets.add(socket);
              socket.on('close', () => sockets.delete(socket));
            });
            await new Promise<void>((resolve) => server.listen(sesPort, '127.0.0.1', resolve));
            hanging = { server, sockets };
          }
        } else {
          if (hanging) {
            const { server, sockets } = hanging;
            for (const socket of sockets) socket.destroy();
            await new Promise((resolve) => server.close(resolve));
            hanging = undefined;
          }
          ses = await startSes(sesPort, mailFile);
          servers.push(ses.server);
        }
      } else if (service === 'identity') {
        if (down) {
          const exited = new Promise((resolve) => cognitoChild.once('exit', resolve));
          cognitoChild.kill('SIGKILL');
          await exited;
        } else {
          cognitoChild = (await startCognito(cognitoPort, path.join(dataDir, 'cognito'), track)).process;
        }
      } else {
        throw new Error(`unknown service ${service}`);
      }
    };

    const gateway = createGateway({
      routes,
      fallbackHandler,
      repoRoot,
      issuer: `${cognitoEndpoint}/${pool.userPoolId}`,
      jwksUrl: `${cognitoEndpoint}/${pool.userPoolId}/.well-known/jwks.json`,
      audience: pool.clientId,
      extra: (req, res) => controlEndpoints(req, res, { workflows, poller, runJob, setFault }),
    });
    await new Promise<void>((resolve, reject) =>
      gateway.once('error', reject).listen(gatewayPort, '127.0.0.1', resolve),
    );
    servers.push(gateway);
    if (options.dataDir) {
      // a restart loses the workflow runner's executions (it keeps them in memory): resume every timeline now
      const restarted = (await runJob('reconcileEnrollments', { afterRestart: true })) as { restarted: string[] };
      if (restarted.restarted.length) log('timelines resumed after a restart', { count: restarted.restarted.length });
    }

    return {
      urls: {
        api,
        openapi: `${api}/v1/openapi.json`,
        mail: ses.endpoint,
        dynamodb: dynamoEndpoint,
        cognito: cognitoEndpoint,
        ses: ses.endpoint,
        stepFunctions: sfnEndpoint,
      },
      env,
      stop: async () => {
        for (const timer of timers) clearInterval(timer);
        await poller.stop();
        await workflows.close();
        await stopAll();
      },
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

let leases = 0;

/**
 * Local-only endpoints under `/__local/` (never deployed): move the application clock, watch and lose
 * workflow executions, see the stream poller's state. Tests and people use them to drive time.
 */
async function controlEndpoints(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  parts: {
    workflows: LocalStepFunctions;
    poller: StreamPoller;
    runJob: (name: JobName) => Promise<unknown>;
    setFault: (service: string, down: boolean, mode?: string) => Promise<void>;
  },
): Promise<boolean> {
  const url = new URL(req.url ?? '/', 'http://local');
  if (!url.pathname.startsWith('/__local/')) return false;
  const route = `${req.method} ${url.pathname}`;
  if (route === 'POST /__local/clock') {
    const { advanceMs = 0 } = (await readJson(req)) as { advanceMs?: number };
    advanceClock(Number(advanceMs));
    parts.workflows.expireDueTasks();
    sendJson(res, 200, { now: clock.nowIso() });
  } else if (route === 'GET /__local/metrics') {
    // the business metrics the functions published since the stack started (their EMF lines, summed by name)
    sendJson(res, 200, Object.fromEntries(localMetrics));
  } else if (route === 'GET /__local/clock') {
    sendJson(res, 200, { now: clock.nowIso() });
  } else if (route === 'GET /__local/executions') {
    const executions = [...parts.workflows.executions.values()].map(({ abort: _a, ...rest }) => rest);
    sendJson(res, 200, { executions });
  } else if (route === 'POST /__local/executions/lose') {
    const { executionArn } = (await readJson(req)) as { executionArn: string };
    sendJson(res, 200, { lost: parts.workflows.loseExecution(executionArn) });
  } else if (
    req.method === 'POST' &&
    url.pathname.startsWith('/__local/jobs/') &&
    Object.hasOwn(jobs, url.pathname.slice('/__local/jobs/'.length))
  ) {
    sendJson(res, 200, await parts.runJob(url.pathname.slice('/__local/jobs/'.length) as JobName));
  } else if (route === 'POST /__local/faults') {
    const { service, down, failWrite, mode } = (await readJson(req)) as {
      service: string;
      down?: boolean;
      failWrite?: number;
      /** email only: `hang` accepts connections and never answers, instead of refusing them. */
      mode?: string;
    };
    if (service === 'database') {
      (await import('./database-fault')).failNthWrite(Number(failWrite ?? 0));
      sendJson(res, 200, { service, failWrite: Number(failWrite ?? 0) });
    } else {
      await parts.setFault(service, Boolean(down), mode);
      sendJson(res, 200, { service, down: Boolean(down) });
    }
  } else if (route === 'GET /__local/writes') {
    const { writeAudit, faultProbes } = await import('./request-scope');
    sendJson(res, 200, { operations: Object.fromEntries(writeAudit), faultProbes: Object.fromEntries(faultProbes) });
  } else if (route === 'POST /__local/stream') {
    const { paused } = (await readJson(req)) as { paused?: boolean };
    parts.poller.paused = Boolean(paused);
    sendJson(res, 200, { paused: parts.poller.paused });
  } else if (
    route === 'POST /__local/leases' ||
    route === 'DELETE /__local/leases' ||
    route === 'GET /__local/leases'
  ) {
    // the test files using this stack right now (a test file holds one while it runs)
    leases += route.startsWith('POST') ? 1 : route.startsWith('DELETE') ? -1 : 0;
    sendJson(res, 200, { leases });
  } else if (route === 'GET /__local/stream') {
    sendJson(res, 200, {
      idle: parts.poller.isIdle(),
      delivered: parts.poller.delivered,
      deadLetters: parts.poller.deadLetters,
    });
  } else {
    sendJson(res, 404, { message: 'unknown local control endpoint' });
  }
  return true;
}
