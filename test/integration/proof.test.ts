import { randomUUID } from 'node:crypto';
import { QueryCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { describe, expect, it } from 'vitest';
import {
  type ApiResponse,
  call,
  eventually,
  getItem,
  linkToken,
  mailTo,
  newOrganization,
  stack,
  table,
  tableName,
  uniqueEmail,
  waitForMail,
} from '../support/api';
import { acceptCustomer, customerOrganization, inviteCustomer } from '../support/customers';
import { accept, activeProvider, activeReseller, invite } from '../support/partners';
import { seedMember } from '../support/people';

/** Rounds of the concurrency suite: a few in `npm test`, 200 in `npm run test:concurrency`. */
const rounds = Number(process.env.CONCURRENCY_ROUNDS ?? 3);
const roundsTimeout = 60_000 + rounds * 3_000;

describe('idempotency keys', () => {
  it('replay the first response of a POST with one effect; a different body with the same key is refused', async () => {
    const org = await newOrganization();
    const key = `sr-${randomUUID()}`;
    const body = { category: 'Platform', title: 'Invoices', description: 'Missing invoice.' };
    const first = await call('POST', '/v1/service-requests', {
      token: org.token,
      body,
      headers: { 'idempotency-key': key },
    });
    const again = await call('POST', '/v1/service-requests', {
      token: org.token,
      body,
      headers: { 'idempotency-key': key },
    });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body.serviceRequestId).toBe(first.body.serviceRequestId);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect((await call('GET', '/v1/service-requests', { token: org.token })).body.items).toHaveLength(1);
    const other = await call('POST', '/v1/service-requests', {
      token: org.token,
      body: { ...body, title: 'Other' },
      headers: { 'idempotency-key': key },
    });
    expect(other.status).toBe(422);
    expect(other.body.errors[0].field).toBe('idempotency-key');
  });

  it('never store a secret shown once: a replayed user creation leaves the temporary password out', async () => {
    const org = await newOrganization();
    const key = `user-${randomUUID()}`;
    const body = {
      fullName: 'Once Only',
      email: uniqueEmail('once'),
      agentRole: 'SalesAgent',
      adminRole: 'NotAnAdmin',
    };
    const first = await call('POST', '/v1/users', { token: org.token, body, headers: { 'idempotency-key': key } });
    const again = await call('POST', '/v1/users', { token: org.token, body, headers: { 'idempotency-key': key } });
    expect(first.body.temporaryPassword).toBeTruthy();
    expect(again.status).toBe(201);
    expect(again.body.user.userId).toBe(first.body.user.userId);
    expect(again.body.temporaryPassword).toBeUndefined();
    expect(again.headers.get('idempotent-redacted')).toBe('temporaryPassword');
  });

  it('are written with the change: whichever write fails, never a 5xx after the change, never a second one', async () => {
    const reseller = await activeReseller();
    for (let n = 1; n <= 4; n += 1) {
      const key = `inv-${randomUUID()}`;
      const recipientEmail = uniqueEmail(`idem${n}`);
      const send = () =>
        call('POST', '/v1/customer-invitations', {
          token: reseller.token,
          body: { recipientEmail, send: true },
          headers: { 'idempotency-key': key },
        });
      await failNthWrite(n);
      let first: ApiResponse;
      try {
        first = await send();
      } finally {
        await failNthWrite(0);
      }
      const invitationsNow = await invitationsTo(reseller.organizationId, recipientEmail);
      // a failure answers 5xx only when nothing was changed; after the change the client has its answer
      if (first.status >= 500) expect(invitationsNow, `write ${n}`).toHaveLength(0);
      else expect(first.status, `write ${n}`).toBe(201);
      const retry = await send();
      expect([201, 409], `write ${n}: ${retry.text}`).toContain(retry.status);
      if (first.status === 201 && retry.status === 201)
        expect(retry.body.invitation.invitationId).toBe(first.body.invitation.invitationId);
      expect(await invitationsTo(reseller.organizationId, recipientEmail), `write ${n}`).toHaveLength(1);
      // the email is a durable effect: it may wait behind the retries an earlier file's email outage left
      await waitForMail(recipientEmail, () => true, 1, 60_000);
    }
  });

  it('make one change of five concurrent requests with one key', async () => {
    const reseller = await activeReseller();
    const key = `inv-${randomUUID()}`;
    const recipientEmail = uniqueEmail('idem-race');
    const answers = await Promise.all(
      Array.from({ length: 5 }, () =>
        call('POST', '/v1/customer-invitations', {
          token: reseller.token,
          body: { recipientEmail, send: true },
          headers: { 'idempotency-key': key },
        }),
      ),
    );
    for (const answer of answers) expect([201, 409], answer.text).toContain(answer.status);
    expect(new Set(answers.filter((a) => a.status === 201).map((a) => a.body.invitation.invitationId)).size).toBe(1);
    expect(await invitationsTo(reseller.organizationId, recipientEmail)).toHaveLength(1);
    await waitForMail(recipientEmail, () => true, 1);
    await streamQuiet();
    expect(await mailTo(recipientEmail)).toHaveLength(1);
  });

  it('work before sign-in too (sign-up)', async () => {
    const key = `signup-${randomUUID()}`;
    const email = uniqueEmail('idem');
    const body = { organization: { legalName: 'Idem S.r.l.', country: 'IT' }, admin: { fullName: 'Ida', email } };
    const [a, b] = [
      await call('POST', '/v1/sign-up', { body, headers: { 'idempotency-key': key } }),
      await call('POST', '/v1/sign-up', { body, headers: { 'idempotency-key': key } }),
    ];
    expect(a.status).toBe(202);
    expect(b.status).toBe(202);
    expect(b.headers.get('idempotent-replayed')).toBe('true');
    await waitForMail(email);
    await streamQuiet();
    expect(await mailTo(email)).toHaveLength(1);
  });
});

describe(`the concurrency suite (${rounds} rounds)`, () => {
  it(
    'one invitation accepted by 50 concurrent requests: exactly one success, one relationship, every round',
    async () => {
      const reseller = await activeReseller();
      let violations = 0;
      for (let round = 0; round < rounds; round += 1) {
        const customer = await customerOrganization();
        const { token } = await inviteCustomer(reseller);
        const statuses = (await Promise.all(Array.from({ length: 50 }, () => acceptCustomer(customer, token)))).map(
          (r) => r.status,
        );
        const ledger = (await call('GET', '/v1/customer-relationships', { token: customer.token })).body.items;
        if (
          statuses.filter((s) => s === 200).length !== 1 ||
          statuses.some((s) => s !== 200 && s !== 410) ||
          ledger.length !== 1
        )
          violations += 1;
      }
      expect(violations).toBe(0);
    },
    roundsTimeout,
  );

  it(
    'two partners racing for delegated admin: exactly one holder, every round',
    async () => {
      const [a, b] = await Promise.all([activeReseller(), activeReseller()]);
      let violations = 0;
      for (let round = 0; round < rounds; round += 1) {
        const customer = await customerOrganization();
        const [ia, ib] = await Promise.all([
          inviteCustomer(a, { requestDelegatedAdmin: true }),
          inviteCustomer(b, { requestDelegatedAdmin: true }),
        ]);
        await Promise.all([acceptCustomer(customer, ia.token), acceptCustomer(customer, ib.token)]);
        const ledger = (await call('GET', '/v1/customer-relationships', { token: customer.token })).body;
        const flagged = ledger.items.filter((p: { delegatedAdmin: boolean }) => p.delegatedAdmin);
        if (
          !ledger.delegatedAdminHolder ||
          flagged.length !== 1 ||
          flagged[0].partnerId !== ledger.delegatedAdminHolder
        )
          violations += 1;
      }
      expect(violations).toBe(0);
    },
    roundsTimeout,
  );

  it(
    'concurrent role changes of one user: one wins, the other gets 412, no lost update, every round',
    async () => {
      const admin = await newOrganization();
      const user = await seedMember(admin, { agentRole: 'SalesAgent', adminRole: 'NotAnAdmin' });
      let violations = 0;
      for (let round = 0; round < rounds; round += 1) {
        const version = (await call('GET', `/v1/users/${user.userId}`, { token: admin.token })).body.version;
        const change = (agentRole: string) =>
          call('PUT', `/v1/users/${user.userId}/roles`, {
            token: admin.token,
            body: { agentRole, adminRole: 'NotAnAdmin' },
            headers: { 'if-match': `"${version}"` },
          });
        const results = await Promise.all([change('AdminAgent'), change('HelpdeskAgent')]);
        const winner = results.find((r) => r.status === 200);
        const stored = await getItem(`USER#${user.userId}`, 'PROFILE');
        if (
          results
            .map((r) => r.status)
            .sort()
            .join() !== '200,412' ||
          stored!.version !== version + 1 ||
          stored!.agentRole !== winner?.body.agentRole
        )
          violations += 1;
      }
      expect(violations).toBe(0);
    },
    roundsTimeout,
  );
});

describe('faults', () => {
  it('has one effect when the stream consumer is handed the same record twice', async () => {
    const admin = await newOrganization();
    const email = uniqueEmail('twice');
    await call('POST', '/v1/users', {
      token: admin.token,
      body: { fullName: 'Twice', email, agentRole: 'SalesAgent', adminRole: 'NotAnAdmin' },
    });
    await waitForMail(email);
    const { Items = [] } = await table.send(
      new QueryCommand({
        TableName: tableName,
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :pk',
        ExpressionAttributeValues: { ':pk': `ORG#${admin.organizationId}#EVENTS` },
      }),
    );
    const event = Items.find((item) => item.type === 'PartnerUserAdded')!;
    const fullEvent = await getItem(event.pk, event.sk);
    // the consumer, run here as in its Lambda, against the same emulators
    Object.assign(process.env, stack.env);
    const { handler } = await import('../../functions/platform/consume-events');
    const record = {
      eventName: 'INSERT',
      dynamodb: {
        Keys: marshall({ pk: fullEvent!.pk, sk: fullEvent!.sk }),
        NewImage: marshall(fullEvent!, { removeUndefinedValues: true }),
        SequenceNumber: '1',
      },
    };
    await (handler as unknown as (e: unknown, c: unknown) => Promise<unknown>)({ Records: [record, record] }, {});
    await (handler as unknown as (e: unknown, c: unknown) => Promise<unknown>)({ Records: [record] }, {});
    await eventually('settle', async () => true);
    expect(await mailTo(email)).toHaveLength(1);
  });
});

/** The invitations an organization sent to one address (from the table: what was really written). */
async function invitationsTo(organizationId: string, email: string): Promise<unknown[]> {
  const lines = await everything();
  return lines.filter(
    (line) => line.includes('"entity":"Invitation"') && line.includes(organizationId) && line.includes(email),
  );
}

/** Every item of the table, as sorted JSON lines: a picture of everything stored. */
async function everything(): Promise<string[]> {
  const lines: string[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await table.send(new ScanCommand({ TableName: tableName, ExclusiveStartKey: start }));
    for (const item of page.Items ?? [])
      lines.push(JSON.stringify(Object.fromEntries(Object.entries(item).sort(([a], [b]) => a.localeCompare(b)))));
    start = page.LastEvaluatedKey;
  } while (start);
  return lines.sort();
}

/** The stream consumer has nothing left to do: idle, and no record delivered over a few polls. */
const streamQuiet = () =>
  eventually('the stream consumer to be quiet', async () => {
    const first = (await call('GET', '/__local/stream')).body;
    await new Promise((resolve) => setTimeout(resolve, 400));
    const second = (await call('GET', '/__local/stream')).body;
    return first.idle && second.idle && first.delivered === second.delivered;
  });
const failNthWrite = (n: number) => call('POST', '/__local/faults', { body: { service: 'database', failWrite: n } });

describe('a database error in the middle of a handler', () => {
  /**
   * Each operation is run again and again with its 1st, 2nd, 3rd... write failing, until it has no write left
   * to fail. Every failure answers 5xx problem+json, leaves the table exactly as it was, and leaves nothing
   * behind that stops the same request from succeeding afterwards (no claimed email, no Cognito user).
   */
  const scenarios: { name: string; ok: number; prepare: () => Promise<() => Promise<ApiResponse>> }[] = [
    {
      name: 'signUp',
      ok: 202,
      prepare: async () => {
        const body = {
          organization: { legalName: 'Half Written S.r.l.', country: 'IT' },
          admin: { fullName: 'Ada', email: uniqueEmail('half') },
        };
        return () => call('POST', '/v1/sign-up', { body });
      },
    },
    {
      name: 'confirmEmailAddress (sign-up)',
      ok: 200,
      prepare: async () => {
        const email = uniqueEmail('half');
        await call('POST', '/v1/sign-up', {
          body: {
            organization: { legalName: 'Half Confirmed S.r.l.', country: 'IT' },
            admin: { fullName: 'Ada', email },
          },
        });
        const token = linkToken((await waitForMail(email)).at(-1)!);
        return () => call('POST', '/v1/email-confirmations', { body: { token, password: 'Correct-Horse-9!battery' } });
      },
    },
    {
      name: 'createPartnerUser',
      ok: 201,
      prepare: async () => {
        const org = await newOrganization();
        const body = {
          fullName: 'Half Written',
          email: uniqueEmail('half'),
          agentRole: 'SalesAgent',
          adminRole: 'NotAnAdmin',
        };
        return () => call('POST', '/v1/users', { token: org.token, body });
      },
    },
    {
      name: 'createCustomerInvitation (send)',
      ok: 201,
      prepare: async () => {
        const reseller = await activeReseller();
        const body = { recipientEmail: uniqueEmail('half'), send: true, requestDelegatedAdmin: true };
        return () => call('POST', '/v1/customer-invitations', { token: reseller.token, body });
      },
    },
    {
      name: 'acceptInvitation (customer, delegated admin)',
      ok: 200,
      prepare: async () => {
        const [reseller, customer] = await Promise.all([activeReseller(), customerOrganization()]);
        const { token } = await inviteCustomer(reseller, { requestDelegatedAdmin: true });
        return () => acceptCustomer(customer, token);
      },
    },
    {
      name: 'createResellerInvitation',
      ok: 201,
      prepare: async () => {
        const [provider, reseller] = await Promise.all([activeProvider(), activeReseller()]);
        return () =>
          call('POST', '/v1/reseller-invitations', { token: provider.token, body: { email: reseller.email } });
      },
    },
    {
      name: 'acceptInvitation (provider link)',
      ok: 200,
      prepare: async () => {
        const [provider, reseller] = await Promise.all([activeProvider(), activeReseller()]);
        const { token } = await invite(provider, reseller);
        return () => accept(reseller, token);
      },
    },
    {
      name: 'updatePartnerUserRoles (promotion to global admin, with its counter)',
      ok: 200,
      prepare: async () => {
        const org = await newOrganization();
        const created = await call('POST', '/v1/users', {
          token: org.token,
          body: {
            fullName: 'Next Admin',
            email: uniqueEmail('next'),
            agentRole: 'AdminAgent',
            adminRole: 'NotAnAdmin',
          },
        });
        const userId = created.body.user.userId;
        return async () => {
          const current = await call('GET', `/v1/users/${userId}`, { token: org.token });
          return call('PUT', `/v1/users/${userId}/roles`, {
            token: org.token,
            body: { agentRole: 'AdminAgent', adminRole: 'GlobalAdmin' },
            headers: { 'if-match': current.headers.get('etag')! },
          });
        };
      },
    },
    {
      name: 'deletePartnerUser',
      ok: 204,
      prepare: async () => {
        const org = await newOrganization();
        const created = await call('POST', '/v1/users', {
          token: org.token,
          body: { fullName: 'Soon Gone', email: uniqueEmail('gone'), agentRole: 'SalesAgent', adminRole: 'NotAnAdmin' },
        });
        return () => call('DELETE', `/v1/users/${created.body.user.userId}`, { token: org.token });
      },
    },
  ];

  for (const scenario of scenarios) {
    it(`${scenario.name}: nothing half-written whichever write fails`, async () => {
      let failures = 0;
      for (let n = 1; n <= 8; n += 1) {
        const run = await scenario.prepare();
        await streamQuiet();
        const before = await everything();
        await failNthWrite(n);
        let response: ApiResponse;
        try {
          response = await run();
        } finally {
          await failNthWrite(0);
        }
        if (response.status < 500) {
          expect(response.status, response.text).toBe(scenario.ok);
          break; // the operation made fewer than n writes
        }
        failures += 1;
        expect(response.headers.get('content-type')).toBe('application/problem+json');
        expect(await everything()).toEqual(before);
        const again = await run();
        expect(again.status, again.text).toBe(scenario.ok);
      }
      expect(failures).toBeGreaterThan(0);
    }, 120_000);
  }
});
