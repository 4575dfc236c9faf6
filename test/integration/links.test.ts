import { randomBytes } from 'node:crypto';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { call, linkToken, newOrganization, table, tableName, waitForMail } from '../support/api';
import { acceptCustomer, customerOrganization, inviteCustomer } from '../support/customers';
import { activeReseller } from '../support/partners';

/**
 * Mann–Whitney U test, two-sided, normal approximation with a tie correction: the z score of the hypothesis
 * that samples `a` and `b` come from one distribution. |z| > 3.29 rejects it at the 0.1% level.
 */
function mannWhitneyZ(a: number[], b: number[]): number {
  const all = [...a.map((value) => ({ value, group: 0 })), ...b.map((value) => ({ value, group: 1 }))].sort(
    (x, y) => x.value - y.value,
  );
  const ranks = new Array<number>(all.length);
  let tieTerm = 0;
  for (let i = 0; i < all.length; ) {
    let j = i;
    while (j + 1 < all.length && all[j + 1]!.value === all[i]!.value) j += 1;
    for (let k = i; k <= j; k += 1) ranks[k] = (i + j) / 2 + 1;
    const t = j - i + 1;
    tieTerm += t ** 3 - t;
    i = j + 1;
  }
  const n1 = a.length;
  const n2 = b.length;
  const rankSumA = all.reduce((sum, entry, index) => (entry.group === 0 ? sum + ranks[index]! : sum), 0);
  const u = rankSumA - (n1 * (n1 + 1)) / 2;
  const n = n1 + n2;
  const sigma = Math.sqrt(((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1))));
  return (u - (n1 * n2) / 2) / sigma;
}

const samples = Number(process.env.LINK_TIMING_SAMPLES ?? 300);

describe('the rank test itself', () => {
  it('finds a shift of a few percent in 300 samples, and none between two draws of one distribution', () => {
    let seed = 42;
    const noise = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const base = Array.from({ length: 300 }, () => 5 + noise() * 2);
    const same = Array.from({ length: 300 }, () => 5 + noise() * 2);
    const slower = Array.from({ length: 300 }, () => 5.4 + noise() * 2);
    expect(Math.abs(mannWhitneyZ(base, same))).toBeLessThan(3.29);
    expect(Math.abs(mannWhitneyZ(base, slower))).toBeGreaterThan(3.29);
  });
});

describe('invitation links say nothing about their state', () => {
  it(`answer unknown, used, revoked and expired alike, in body and in timing (${samples} samples each)`, async () => {
    const reseller = await activeReseller();
    const customer = await customerOrganization();
    const used = await inviteCustomer(reseller);
    expect((await acceptCustomer(customer, used.token)).status).toBe(200);
    const revoked = await inviteCustomer(reseller);
    await call('POST', `/v1/invitations/${revoked.invitation.invitationId}/revoke`, { token: reseller.token });
    const expired = await inviteCustomer(reseller);
    await table.send(
      new UpdateCommand({
        TableName: tableName,
        Key: { pk: `INVITATION#${expired.invitation.invitationId}`, sk: 'INVITATION' },
        UpdateExpression: 'SET expiresAt = :past',
        ExpressionAttributeValues: { ':past': '2000-01-01T00:00:00.000Z' },
      }),
    );
    const links = {
      unknown: randomBytes(32).toString('base64url'),
      used: used.token,
      revoked: revoked.token,
      expired: expired.token,
    };

    // one answer for all: status, problem body (but its instance and correlation id) and page
    const normalized = async (token: string) => {
      const api = await acceptCustomer(customer, token);
      const page = await call('GET', `/v1/pages/invitation?token=${token}`);
      const { correlationId: _c, instance: _i, ...problem } = api.body;
      return { status: api.status, problem, pageStatus: page.status, page: page.text };
    };
    const answers = await Promise.all(Object.values(links).map(normalized));
    for (const answer of answers.slice(1)) expect(answer).toEqual(answers[0]);
    expect(answers[0]!.status).toBe(410);

    const z = await timingScores(links, (token) => `/v1/pages/invitation?token=${token}`);
    for (const kind of ['used', 'revoked', 'expired']) expect(Math.abs(z[kind]!), kind).toBeLessThan(3.29);
  }, 180_000);
});

describe('email proof links say nothing about their state', () => {
  it(`answer unknown and used alike, in body and in timing (${samples} samples each)`, async () => {
    const { email } = await newOrganization();
    const used = linkToken((await waitForMail(email)).at(-1)!);
    const links = { unknown: randomBytes(32).toString('base64url'), used };
    const answers = await Promise.all(
      Object.values(links).map(async (token) => {
        const response = await call('POST', '/v1/email-confirmations', { body: { token } });
        const { correlationId: _c, instance: _i, ...problem } = response.body;
        return { status: response.status, problem };
      }),
    );
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[0]!.status).toBe(410);
    const z = await timingScores(links, (token) => `/v1/pages/email-confirmation?token=${token}`);
    expect(Math.abs(z.used!)).toBeLessThan(3.29);
  }, 180_000);
});

/**
 * Times `samples` answers of each kind of link (every round asks each kind once, in a random order, so drift,
 * noise and position fall on all alike) and answers each kind's z score against the unknown links.
 */
async function timingScores(
  links: Record<string, string>,
  path: (token: string) => string,
): Promise<Record<string, number>> {
  const kinds = Object.keys(links);
  const times: Record<string, number[]> = Object.fromEntries(kinds.map((kind) => [kind, []]));
  for (let round = 0; round < samples; round += 1) {
    for (const kind of [...kinds].sort(() => Math.random() - 0.5)) {
      const begin = process.hrtime.bigint();
      const response = await call('GET', path(links[kind]!));
      times[kind]!.push(Number(process.hrtime.bigint() - begin) / 1e6);
      expect(response.status).toBe(410);
    }
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const z = Object.fromEntries(
    kinds.filter((k) => k !== 'unknown').map((k) => [k, mannWhitneyZ(times.unknown!, times[k]!)]),
  );
  console.info('link timing: median ms', Object.fromEntries(kinds.map((k) => [k, median(times[k]!)])), 'z', z);
  return z;
}
