import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { installLogView } from './log-view';
import { localOperator, repoRoot, startLocalStack } from './stack';

/**
 * `npm start`: the product on this machine, on real emulators. Data is kept in `.local/` (git-ignored), so a
 * restart keeps it. PORT sets the gateway port (default 3000); TIME_SCALE runs the application clock faster.
 * With `--json` it prints one JSON line with the URLs and environment (the test suite reads it).
 */
// Local tooling runs on the machine's Node 20; deployed functions run Node 24.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const json = process.argv.includes('--json');
const ephemeral = process.argv.includes('--ephemeral');
/** `--data-dir=<dir>`: keep the data there, on free ports (the restart test runs a second stack this way). */
const dataDirArg = process.argv.find((arg) => arg.startsWith('--data-dir='))?.slice('--data-dir='.length);

function say(line: string): void {
  if (!json) process.stdout.write(`${line}\n`);
}

// the functions' JSON log lines shown readably at a terminal, their metric lines counted (GET /__local/metrics)
installLogView({ pretty: !json });

const java = spawnSync('java', ['-version'], { stdio: 'ignore' });
if (java.error || java.status !== 0) {
  process.stderr.write(
    'Java is required for DynamoDB Local but was not found.\nInstall it with: sudo apt-get install -y openjdk-17-jre-headless\n',
  );
  process.exit(1);
}

const timeScale = Number(process.env.TIME_SCALE ?? '1');
if (!Number.isFinite(timeScale) || timeScale <= 0) {
  process.stderr.write('TIME_SCALE must be a positive number (application seconds per real second).\n');
  process.exit(1);
}

const startedAt = Date.now();
say('Starting the local stack (DynamoDB Local, cognito-local, SES v2 local, Step Functions runner, gateway)...');
const freePorts = ephemeral || dataDirArg !== undefined;
const stack = await startLocalStack({
  dataDir: ephemeral ? undefined : (dataDirArg ?? path.join(repoRoot, '.local')),
  port: process.env.PORT ? Number(process.env.PORT) : freePorts ? undefined : 3000,
  timeScale,
  fixedPorts: freePorts ? undefined : { dynamodb: 8000, cognito: 9229, ses: 8005, stepFunctions: 8083 },
  log: (message, fields) => process.stderr.write(`${JSON.stringify({ level: 'warn', message, ...fields })}\n`),
});

if (!freePorts) {
  // jobs run by hand (`npm run job:*`) read the stack's environment from here
  writeFileSync(path.join(repoRoot, '.local', 'env.json'), JSON.stringify(stack.env, null, 2));
}

if (json) {
  process.stdout.write(`${JSON.stringify({ ready: true, urls: stack.urls, env: stack.env })}\n`);
} else {
  say(
    `Ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s${timeScale !== 1 ? ` (clock runs ${timeScale}x)` : ''}.`,
  );
  say(`  API            ${stack.urls.api}`);
  say(`  Console        ${stack.urls.api}/v1/console (sign up, enroll, users, partners, customers)`);
  say(`  OpenAPI        ${stack.urls.openapi}`);
  say(`  Health         ${stack.urls.api}/v1/health`);
  say(`  Mail page      ${stack.urls.mail}`);
  say(`  DynamoDB Local ${stack.urls.dynamodb}`);
  say(`  cognito-local  ${stack.urls.cognito}`);
  say(`  Step Functions ${stack.urls.stepFunctions}`);
  say(`  Operator       ${localOperator.email} / ${localOperator.password} (reviews enrollments)`);
  say('Press Ctrl-C to stop.');
}

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  say(`\n${signal}: stopping every part...`);
  await stack.stop();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
