import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { enrollmentBody } from '../support/enrollment';
import { operatorCredentials } from '../support/people';

/**
 * `npm start` killed with SIGKILL in the middle of timelines, and started again on the same data (issue 14,
 * item 5): a second stack of its own (`local/start.ts --data-dir=...`, free ports), beside the suite's.
 */
const timelines = Number(process.env.RESTART_TIMELINES ?? 3);
const root = path.resolve(import.meta.dirname, '../..');
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'csp-restart-'));
let child: ChildProcess | undefined;

async function startStack(): Promise<{ api: string; mail: string }> {
  child = spawn(
    process.execPath,
    ['--import', 'tsx', '--import', './local/polyfills.ts', 'local/start.ts', '--json', `--data-dir=${dataDir}`],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], detached: true, env: { ...process.env, LOG_LEVEL: 'warn' } },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-5000);
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`stack did not start:\n${stderr}`)), 120_000);
    readline.createInterface({ input: child!.stdout! }).on('line', (line) => {
      if (!line.startsWith('{')) return;
      clearTimeout(timer);
      const { urls } = JSON.parse(line) as { urls: { api: string; mail: string } };
      resolve({ api: urls.api, mail: urls.mail });
    });
  });
}

/** The whole group (the stack and its emulators), at once, as a crash would. */
async function killStack(signal: NodeJS.Signals): Promise<void> {
  if (!child?.pid || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child!.once('exit', resolve));
  process.kill(-child.pid, signal);
  await exited;
  await new Promise((resolve) => setTimeout(resolve, 500));
}

afterAll(async () => {
  await killStack('SIGKILL').catch(() => {});
  rmSync(dataDir, { recursive: true, force: true });
});

const client = (base: { api: string; mail: string }) => {
  const call = async (method: string, route: string, body?: unknown, token?: string) => {
    const response = await fetch(base.api + route, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  };
  const mails = async (to: string) =>
    (
      (await (await fetch(`${base.mail}/store`)).json()) as {
        emails: { destination: { to: string[] }; body: { text: string } }[];
      }
    ).emails.filter((mail) => mail.destination.to.includes(to));
  const until = async <T>(what: string, probe: () => Promise<T | undefined>) => {
    for (let i = 0; i < 300; i += 1) {
      const value = await probe();
      if (value) return value;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`timed out waiting for ${what}`);
  };
  const token = (mail: { body: { text: string } }) => /token=([\w-]+)/.exec(mail.body.text)![1]!;
  const signIn = async (email: string, password: string) =>
    (await call('POST', '/v1/sign-in', { email, password })).body.tokens.accessToken as string;
  return { call, mails, until, token, signIn };
};

describe('a restart of npm start (SIGKILL) in the middle of timelines', () => {
  it(
    `loses no timeline and no email, and every timeline reaches Active (${timelines} timelines)`,
    async () => {
      const password = 'Correct-Horse-9!battery';
      const first = client(await startStack());
      // a PartnerID of the directory per organization, so each can sign and become Active after the restart
      const partnerIds = Array.from({ length: timelines }, (_, i) =>
        `${(Date.now() % 10_000_000) + i}`.padStart(7, '1'),
      );
      const operatorFirst = await first.signIn(operatorCredentials.email, operatorCredentials.password);
      const imported = await first.call(
        'POST',
        '/v1/operator/partner-directory',
        {
          records: partnerIds.map((partnerId, i) => ({
            partnerId,
            organizationName: `Restart ${i}`,
            country: 'IT',
            status: 'Active',
          })),
        },
        operatorFirst,
      );
      expect(imported.status).toBe(200);
      const started: { email: string; contact: string; enrollmentId: string }[] = [];
      for (let i = 0; i < timelines; i += 1) {
        const email = `restart${i}.${Date.now()}@contoso.example`;
        await first.call('POST', '/v1/sign-up', {
          organization: { legalName: `Restart ${i} S.r.l.`, country: 'IT' },
          admin: { fullName: 'Ada', email },
        });
        const signUpMail = await first.until('sign-up mail', async () => (await first.mails(email))[0]);
        expect(
          (await first.call('POST', '/v1/email-confirmations', { token: first.token(signUpMail), password })).status,
        ).toBe(200);
        const body = enrollmentBody({ partnerId: partnerIds[i] });
        const created = await first.call('POST', '/v1/enrollments', body, await first.signIn(email, password));
        expect(created.status).toBe(201);
        started.push({ email, contact: body.primaryContact.email, enrollmentId: created.body.enrollmentId });
      }
      // each verifies its email; the timelines move on to the review while the stack is killed
      for (const s of started) {
        const link = await first.until('verification mail', async () => (await first.mails(s.contact))[0]);
        expect((await first.call('POST', '/v1/email-verifications', { token: first.token(link) })).status).toBe(200);
      }
      const before: string[] = [];
      for (const s of started) {
        const token = await first.signIn(s.email, password);
        before.push((await first.call('GET', `/v1/enrollments/${s.enrollmentId}`, undefined, token)).body.state);
      }
      console.log('states before the kill', before);
      await killStack('SIGKILL');

      const second = client(await startStack());
      const operator = await second.signIn(operatorCredentials.email, operatorCredentials.password);
      for (const s of started) {
        const token = await second.signIn(s.email, password);
        let seen: unknown;
        await second
          .until('the review', async () => {
            const enrollment = (await second.call('GET', `/v1/enrollments/${s.enrollmentId}`, undefined, token)).body;
            seen = enrollment;
            return enrollment.state === 'UnderReview' && enrollment.waiting?.step === 'Review';
          })
          .catch((error: Error) => {
            throw new Error(`${error.message}: ${JSON.stringify(seen)}`);
          });
        expect(
          (
            await second.call(
              'POST',
              `/v1/operator/enrollments/${s.enrollmentId}/review`,
              { decision: 'Approve' },
              operator,
            )
          ).status,
        ).toBe(200);
        await second.until('the signature step', async () => {
          const enrollment = (await second.call('GET', `/v1/enrollments/${s.enrollmentId}`, undefined, token)).body;
          return enrollment.state === 'AwaitingSignature';
        });
        const signed = await second.call(
          'POST',
          `/v1/enrollments/${s.enrollmentId}/agreement-signature`,
          { agreementType: 'PartnerAgreement', agreementVersion: '2026-01', accept: true },
          token,
        );
        expect(signed.status).toBe(201);
        await second.until('Active', async () => {
          const enrollment = (await second.call('GET', `/v1/enrollments/${s.enrollmentId}`, undefined, token)).body;
          return enrollment.state === 'Active';
        });
        // the welcome email, once
        await second.until('the welcome email', async () =>
          (await second.mails(s.contact)).some((mail) => mail.body.text.includes('active indirect reseller')),
        );
        expect(
          (await second.mails(s.contact)).filter((mail) => mail.body.text.includes('active indirect reseller')),
        ).toHaveLength(1);
        // every email of before is still on the mail page, once: the sign-up link and the verification link
        expect((await second.mails(s.email)).length).toBe(1);
        const toContact = (await second.mails(s.contact)).map((mail) => mail.body.text);
        expect(toContact.filter((text) => text.includes('/v1/pages/email-verification'))).toHaveLength(1);
      }
    },
    200_000 + timelines * 60_000,
  );
});
