/**
 * Targets 1 and 2: every function's bundle, built with the CDK app's own options (infra/bundling.ts, the AWS
 * SDK included), and the cold import of a sample of them, each paired with the baseline in the same round.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { lambdaBundling } from '../infra/bundling';
import { add, median, round, section } from './support';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..');

async function bundle(entry: string, file: string): Promise<number> {
  await build({
    entryPoints: [path.join(root, entry)],
    bundle: true,
    platform: 'node',
    outfile: file,
    logLevel: 'error',
    ...lambdaBundling,
    banner: { js: lambdaBundling.banner },
  });
  return statSync(file).size;
}

/** Wall and CPU milliseconds of importing `file` in a fresh Node process (what a cold start pays to load). */
async function coldImport(file: string, env: NodeJS.ProcessEnv): Promise<{ wall: number; cpu: number }> {
  const script = `const c=process.cpuUsage();const t=process.hrtime.bigint();await import(${JSON.stringify(pathToFileURL(file).href)});const u=process.cpuUsage(c);console.log(JSON.stringify({wall:Number(process.hrtime.bigint()-t)/1e6,cpu:(u.user+u.system)/1e3}))`;
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { env });
  return JSON.parse(stdout.trim().split('\n').at(-1)!);
}

export async function measureBundles(
  entries: (readonly [string, string])[],
  options: { rounds: number; sample: number },
) {
  const outdir = path.join(os.tmpdir(), `csp-bench-${Date.now()}`);
  mkdirSync(outdir, { recursive: true });
  section(`Bundles (${entries.length} functions, the CDK app's esbuild options, AWS SDK bundled)`);
  const baselineFile = path.join(outdir, '__baseline.mjs');
  const baselineSize = await bundle('bench/baseline.ts', baselineFile);
  const sizes: { name: string; file: string; size: number }[] = [];
  for (const [name, entry] of entries) {
    const file = path.join(outdir, `${name}.mjs`);
    sizes.push({ name, file, size: await bundle(entry, file) });
  }
  sizes.sort((a, b) => a.size - b.size);
  const kb = (n: number) => round(n / 1024, 0);
  add({ name: 'bundle: baseline (DynamoDB document client, same options)', value: kb(baselineSize), unit: 'KB' });
  const medianSize = median(sizes.map((s) => s.size));
  add({
    name: 'bundle: median function',
    value: kb(medianSize),
    unit: 'KB',
    target: '<= 300 KB',
    met: medianSize <= 300 * 1024,
    baseline: kb(baselineSize),
    ratio: round(medianSize / baselineSize),
  });
  const largest = sizes.at(-1)!;
  add({
    name: `bundle: largest function (${largest.name})`,
    value: kb(largest.size),
    unit: 'KB',
    target: '<= 400 KB',
    met: largest.size <= 400 * 1024,
    baseline: kb(baselineSize),
    ratio: round(largest.size / baselineSize),
  });

  // cold import: the largest functions and an even spread of the rest; each round runs the baseline and the
  // function back to back, in fresh processes, so both see the same machine at the same moment
  const spread = sizes.filter((_, i) => i % options.sample === 0);
  const sampled = [...new Set([...spread, ...sizes.slice(-5)])];
  section(`Cold import (${sampled.length} functions, ${options.rounds} paired rounds, fresh processes)`);
  const env = {
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
  const ratios = new Map(sampled.map((s) => [s.name, { wall: [] as number[], cpu: [] as number[] }]));
  const baselineWall: number[] = [];
  const baselineCpu: number[] = [];
  await coldImport(baselineFile, env); // the file system cache, once
  for (let r = 0; r < options.rounds; r += 1) {
    for (const function_ of sampled) {
      const base = await coldImport(baselineFile, env);
      const it = await coldImport(function_.file, env);
      baselineWall.push(base.wall);
      baselineCpu.push(base.cpu);
      ratios.get(function_.name)!.wall.push(it.wall / base.wall);
      ratios.get(function_.name)!.cpu.push(it.cpu / base.cpu);
    }
  }
  const perFunction = [...ratios.entries()].map(([name, r]) => ({ name, wall: median(r.wall), cpu: median(r.cpu) }));
  add({ name: 'cold import: baseline, wall (median)', value: round(median(baselineWall), 1), unit: 'ms' });
  add({ name: 'cold import: baseline, CPU (median)', value: round(median(baselineCpu), 1), unit: 'ms' });
  for (const kind of ['wall', 'cpu'] as const) {
    const medianRatio = median(perFunction.map((f) => f[kind]));
    const worst = perFunction.reduce((a, b) => (b[kind] > a[kind] ? b : a));
    add({
      name: `cold import ${kind === 'cpu' ? 'CPU' : 'wall'}: median function / baseline`,
      value: round(medianRatio),
      unit: 'x',
      target: '<= 1.25 x',
      met: medianRatio <= 1.25,
      ratio: round(medianRatio),
    });
    add({
      name: `cold import ${kind === 'cpu' ? 'CPU' : 'wall'}: worst function / baseline (${worst.name})`,
      value: round(worst[kind]),
      unit: 'x',
      target: '<= 1.6 x',
      met: worst[kind] <= 1.6,
      ratio: round(worst[kind]),
    });
  }
}
