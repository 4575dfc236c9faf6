import { createHmac, randomUUID } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { inject } from 'vitest';
import { checkResponse } from './contract';

/** The stack of the worker this file runs in: no other file uses it meanwhile (test/support/global-setup.ts). */
const stacks = inject('stacks');
export const stack = stacks[(Number(process.env.VITEST_POOL_ID ?? 1) - 1) % stacks.length]!;
/** Every stack of the run (the write audit reads them all). */
export const allStacks = stacks;
export const api = stack.urls.api;

export interface ApiResponse<T = any> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

/** One HTTP call through the local gateway. */
export async function call<T = any>(
  method: string,
  path: string,
  options: { body?: unknown; token?: string; headers?: Record<string, string>; raw?: string } = {},
): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: string | undefined = options.raw;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['content-type'] ??= 'application/json';
  }
  const response = await fetch(`${api}${path}`, { method, headers, body, redirect: 'manual' });
  const text = await response.text();
  let parsed: unknown = text;
  const contentType = response.headers.get('content-type') ?? '';
  if (contentType.includes('json') && text) parsed = JSON.parse(text);
  // every response is checked against its route's declared schema, strictly
  checkResponse(method, path, response.status, contentType, parsed);
  return { status: response.status, headers: response.headers, body: parsed as T, text };
}

export const uniqueEmail = (prefix = 'user', domain = 'contoso.example') =>
  `${prefix}.${randomUUID().slice(0, 8)}@${domain}`;
export const strongPassword = 'Correct-Horse-9!battery';

export interface SignedIn {
  organizationId: string;
  userId: string;
  email: string;
  token: string;
}

/** Signs up a new work account (the request, then the emailed link with a password) and signs its global admin in. */
export async function newOrganization(
  options: { country?: string; legalName?: string; language?: string; email?: string } = {},
): Promise<SignedIn> {
  const email = options.email ?? uniqueEmail('admin');
  const requested = await call('POST', '/v1/sign-up', {
    body: {
      organization: {
        legalName: options.legalName ?? `Contoso ${randomUUID().slice(0, 6)} S.r.l.`,
        country: options.country ?? 'IT',
      },
      admin: { fullName: 'Ada Rossi', email, language: options.language ?? 'en' },
    },
  });
  if (requested.status !== 202) throw new Error(`sign-up failed: ${requested.status} ${requested.text}`);
  const confirmed = await confirmByEmail(email, strongPassword);
  const token = await signInToken(email, strongPassword);
  return { organizationId: confirmed.organizationId, userId: confirmed.userId, email, token };
}

/** Opens the newest proof link emailed to `email` (as its owner would), choosing `password` when asked. */
export async function confirmByEmail(
  email: string,
  password?: string,
  matching: (mail: Mail) => boolean = () => true,
): Promise<{ organizationId: string; userId: string }> {
  const mails = await waitForMail(
    email,
    (mail) => mail.text.includes('/v1/pages/email-confirmation') && matching(mail),
  );
  const confirmed = await call('POST', '/v1/email-confirmations', {
    body: { token: linkToken(mails.at(-1)!), ...(password ? { password } : {}) },
  });
  if (confirmed.status !== 200) throw new Error(`email confirmation failed: ${confirmed.status} ${confirmed.text}`);
  return confirmed.body;
}

export async function signInToken(email: string, password: string): Promise<string> {
  const signIn = await call('POST', '/v1/sign-in', { body: { email, password } });
  if (signIn.status !== 200 || signIn.body.status !== 'SIGNED_IN')
    throw new Error(`sign-in failed: ${signIn.status} ${signIn.text}`);
  return signIn.body.tokens.accessToken as string;
}

/**
 * The business metrics the stack's functions published so far (their embedded-metric-format lines, summed by
 * name: what CloudWatch would count). Compare two readings around an action.
 */
export async function publishedMetrics(): Promise<Record<string, number>> {
  return (await call('GET', '/__local/metrics')).body as Record<string, number>;
}

/** How much each metric grew between two readings. */
export function metricGrowth(before: Record<string, number>, after: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(after).map(([name, value]) => [name, value - (before[name] ?? 0)]));
}

/** Moves the stack's application clock forward. */
export async function advanceClock(ms: number): Promise<void> {
  await call('POST', '/__local/clock', { body: { advanceMs: ms } });
}

export const days = (n: number) => n * 24 * 3600 * 1000;

export async function eventually<T>(
  what: string,
  probe: () => Promise<T | undefined | false>,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${(last as Error).message}` : ''}`);
}

export interface Mail {
  to: string[];
  subject: string;
  text: string;
  html: string;
}

/** The emails SES v2 local received for one recipient, oldest first. */
export async function mailTo(recipient: string): Promise<Mail[]> {
  const response = await fetch(`${stack.urls.mail}/store`);
  const { emails } = (await response.json()) as {
    emails: { destination: { to: string[] }; subject: string; body: { text: string; html: string } }[];
  };
  return emails
    .filter((email) => email.destination.to.includes(recipient))
    .map((email) => ({
      to: email.destination.to,
      subject: email.subject,
      text: email.body.text,
      html: email.body.html,
    }));
}

/** Every mail but the links that prove an address (sign-up, added users): what a flow sends after. */
export const afterProof = (mail: Mail) => !mail.text.includes('/v1/pages/email-confirmation');

export async function waitForMail(
  recipient: string,
  matching: (mail: Mail) => boolean = () => true,
  count = 1,
  timeoutMs?: number,
): Promise<Mail[]> {
  return eventually(
    `${count} email(s) to ${recipient}`,
    async () => {
      const mails = (await mailTo(recipient)).filter(matching);
      return mails.length >= count ? mails : undefined;
    },
    timeoutMs,
  );
}

export const linkToken = (mail: Mail): string => {
  const match = /token=([A-Za-z0-9_-]+)/.exec(mail.text);
  if (!match) throw new Error(`no token link in: ${mail.text}`);
  return match[1]!;
};

/** Direct access to DynamoDB Local, to check what is (and is not) stored. */
export const table = DynamoDBDocumentClient.from(
  new DynamoDBClient({
    endpoint: stack.urls.dynamodb,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  }),
);
export const tableName = stack.env.TABLE_NAME!;

export async function getItem(pk: string, sk: string): Promise<Record<string, any> | undefined> {
  return (await table.send(new GetCommand({ TableName: tableName, Key: { pk, sk }, ConsistentRead: true }))).Item;
}

export async function organizationEvents(organizationId: string): Promise<Record<string, any>[]> {
  const { Items = [] } = await table.send(
    new QueryCommand({
      TableName: tableName,
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :pk',
      ExpressionAttributeValues: { ':pk': `ORG#${organizationId}#EVENTS` },
    }),
  );
  return Items;
}

export async function executions(): Promise<
  { name: string; status: string; waitingIn?: string; output?: string; error?: string }[]
> {
  return (await call('GET', '/__local/executions')).body.executions;
}

/** The current code of an authenticator app for a base32 secret (RFC 6238: SHA-1, 30-second steps, 6 digits). */
export function totpCode(secret: string, at = Date.now()): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const char of secret.replace(/=+$/, '').toUpperCase())
    bits += alphabet.indexOf(char).toString(2).padStart(5, '0');
  const key = Buffer.from(bits.match(/.{8}/g)!.map((byte) => Number.parseInt(byte, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 30_000)));
  const digest = createHmac('sha1', key).update(counter).digest();
  const offset = digest[digest.length - 1]! & 0xf;
  return String((digest.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}
