import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import type { TestProject } from 'vitest/node';

export interface StackInfo {
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
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** One stack per test worker: a file uses the stack of the worker it runs in (`VITEST_POOL_ID`). */
    stacks: StackInfo[];
  }
}

const children: ChildProcess[] = [];
let stopping = false;

/**
 * Starts the real local stack (`local/start.ts --json --ephemeral`: the same entry as `npm start`, on free
 * ports, with throw-away data), once per test worker, and hands their URLs to the test files. A worker runs
 * one file at a time on its own stack, so a file that moves its stack's clock or breaks one of its services
 * is alone on it. `STACKS` sets how many (the number of workers; a run of one file needs one).
 */
export async function setup(project: TestProject): Promise<void> {
  // the run's workers (a project's own maxWorkers is not the pool's)
  const count = Math.max(1, Number(process.env.STACKS ?? project.vitest.config.maxWorkers ?? 1));
  project.provide('stacks', await Promise.all(Array.from({ length: count }, () => startStack())));
}

async function startStack(): Promise<StackInfo> {
  const root = path.resolve(import.meta.dirname, '../..');
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--import', './local/polyfills.ts', 'local/start.ts', '--json', '--ephemeral'],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      // LOCAL_FAULT_PROBE: every state-changing operation's first request is first run with its first write failing
      env: {
        ...process.env,
        LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
        NODE_NO_WARNINGS: '1',
        LOCAL_FAULT_PROBE: '1',
        // a distributor's portal on its own domain (http-contract.test.ts checks CORS with it)
        CORS_ORIGINS: 'https://portal.distributor.example',
      },
    },
  );
  children.push(child);
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-20_000);
    if (process.env.STACK_LOGS) process.stderr.write(chunk);
  });
  const info = await new Promise<StackInfo>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`local stack did not start in 90 s:\n${stderr}`)), 90_000);
    child.once('exit', (code) => reject(new Error(`local stack exited with ${code}:\n${stderr}`)));
    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      if (!line.startsWith('{')) return;
      const info = JSON.parse(line) as StackInfo & { ready?: boolean };
      if (info.ready !== true) return; // a log line of the functions
      clearTimeout(timer);
      resolve(info);
    });
  });
  // a stack that dies mid-run says why (every later test only sees ECONNREFUSED)
  child.once('exit', (code, signal) => {
    if (stopping) return;
    process.stderr.write(
      `\nThe local stack exited during the tests (code ${code}, signal ${signal}). Its last output:\n${stderr}\n`,
    );
  });
  return info;
}

export async function teardown(): Promise<void> {
  stopping = true;
  await Promise.all(
    children.map(async (child) => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([exited, new Promise((resolve) => (timer = setTimeout(resolve, 15_000)))]);
      clearTimeout(timer);
      if (child.exitCode === null) child.kill('SIGKILL');
    }),
  );
}
