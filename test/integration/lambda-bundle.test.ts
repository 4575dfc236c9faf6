import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { lambdaBundling } from '../../infra/bundling';
import { stack } from '../support/api';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(path.join(os.tmpdir(), 'csp-bundle-'));
const bundleFile = path.join(dir, 'search-provider-directory.mjs');

/** Runs the bundle's handler once in a fresh Node process, as Lambda would: configuration from the environment. */
async function invoke(env: Record<string, string>) {
  const event = {
    version: '2.0',
    routeKey: 'GET /v1/provider-directory',
    rawPath: '/v1/provider-directory',
    rawQueryString: 'country=IT',
    headers: { host: '127.0.0.1' },
    queryStringParameters: { country: 'IT' },
    requestContext: {
      http: { method: 'GET', path: '/v1/provider-directory', sourceIp: '127.0.0.1' },
      requestId: 'bundle-test',
      routeKey: 'GET /v1/provider-directory',
      timeEpoch: Date.now(),
    },
    isBase64Encoded: false,
  };
  const script = `const { handler } = await import(${JSON.stringify(`file://${bundleFile}`)});
const context = { functionName: 'searchProviderDirectory', awsRequestId: 'bundle-test', getRemainingTimeInMillis: () => 10000 };
const response = await handler(${JSON.stringify(event)}, context);
process.stdout.write('\\nRESPONSE ' + JSON.stringify(response));`;
  // no HOME, no profile files: only the variables below can give credentials
  const { stdout, stderr } = await run(process.execPath, ['--input-type=module', '-e', script], {
    env: { PATH: process.env.PATH!, HOME: dir, AWS_CONFIG_FILE: path.join(dir, 'none'), ...env },
    cwd: dir,
  });
  // the function's log lines come first
  const response = JSON.parse(stdout.slice(stdout.lastIndexOf('\nRESPONSE ') + 10)) as {
    statusCode: number;
    body: string;
  };
  return { ...response, logs: `${stdout}${stderr}` };
}

describe('a Lambda bundle, built as the CDK app builds it', () => {
  const { AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, ...config } = stack.env;

  beforeAll(async () => {
    await build({
      entryPoints: [path.join(root, 'functions/partners/search-provider-directory.ts')],
      bundle: true,
      platform: 'node',
      outfile: bundleFile,
      logLevel: 'error',
      ...lambdaBundling,
      banner: { js: lambdaBundling.banner },
    });
  }, 60_000);

  it('carries only the environment-variable credential provider, not the default chain', () => {
    const code = readFileSync(bundleFile, 'utf8');
    expect(code).toContain('AWS_ACCESS_KEY_ID');
    // markers of the chain's other sources: SSO profiles, web identity, the container credentials endpoint
    for (const marker of ['sso_start_url', 'AWS_WEB_IDENTITY_TOKEN_FILE', 'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI'])
      expect(code.includes(marker), marker).toBe(false);
  });

  it('reads DynamoDB Local with the credentials Lambda gives as environment variables', async () => {
    const response = await invoke({
      ...config,
      AWS_ACCESS_KEY_ID: AWS_ACCESS_KEY_ID!,
      AWS_SECRET_ACCESS_KEY: AWS_SECRET_ACCESS_KEY!,
      AWS_SESSION_TOKEN: 'a-session-token',
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(JSON.parse(response.body)).toEqual(expect.objectContaining({ items: expect.any(Array) }));
  }, 30_000);

  it('fails, rather than looks elsewhere, without those variables', async () => {
    const response = await invoke(config);
    expect(response.statusCode).toBe(500);
    expect(response.logs).toContain('Unable to find environment variable credentials');
  }, 30_000);
});
