import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type JobName, jobs } from '#shared/app/jobs';
import { advanceClock } from '#shared/platform/clock';

/**
 * `npm run job:<name>`: runs a scheduled job now, in this process, against the running local stack (its
 * environment is in `.local/env.json`, written by `npm start`), with a progress bar and a summary. In AWS
 * the same function runs on its EventBridge schedule, or by hand with `aws lambda invoke`.
 */
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
// the job's log and metric lines shown as `npm start` shows them
const { installLogView } = await import('./log-view');
installLogView({ pretty: true });
const root = path.resolve(import.meta.dirname, '..');
const name = process.argv[2] as JobName;
if (!Object.hasOwn(jobs, name)) {
  process.stderr.write(`Unknown job "${name}". Jobs: ${Object.keys(jobs).join(', ')}\n`);
  process.exit(2);
}
const envFile = path.join(root, '.local', 'env.json');
if (!process.env.TABLE_NAME) {
  if (!existsSync(envFile)) {
    process.stderr.write('No local stack found: run `npm start` first (or set the environment of a deployed stack).\n');
    process.exit(1);
  }
  Object.assign(process.env, JSON.parse(readFileSync(envFile, 'utf8')) as Record<string, string>, {
    LOG_LEVEL: 'warn',
  });
}

// the job runs on the stack's clock (tests and people move it forward), not this process's
if (process.env.PUBLIC_BASE_URL?.startsWith('http://127.0.0.1')) {
  const stackNow = await fetch(`${process.env.PUBLIC_BASE_URL}/__local/clock`)
    .then(async (response) => ((await response.json()) as { now: string }).now)
    .catch(() => undefined);
  if (stackNow) advanceClock(Date.parse(stackNow) - Date.now());
}

const bar = (done: number, total: number) => {
  const width = 30;
  const filled = total ? Math.round((done / total) * width) : width;
  process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
};

process.stdout.write(`${name}: ${jobs[name].description}\n`);
const started = Date.now();
const module = (await import(pathToFileURL(path.join(root, jobs[name].handler)).href)) as Record<
  string,
  (options?: unknown) => Promise<unknown>
>;
const run =
  name === 'reevaluateDirectBill'
    ? () => module.reevaluateDueDirectBillPartners!({ onProgress: bar })
    : () => module.handler!({});
const summary = await run();
process.stderr.write('\n');
process.stdout.write(`${JSON.stringify(summary, null, 2)}\ndone in ${Date.now() - started} ms\n`);
process.exit(0);
