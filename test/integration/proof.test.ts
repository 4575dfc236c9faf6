import { randomUUID } from 'node:crypto';
import { marshall } from '@aws-sdk/util-dynamodb';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { call, eventually, getItem, mailTo, newOrganization, stack, table, tableName, uniqueEmail, waitForMail } from '../support/api';
import { acceptCustomer, customerOrganization, inviteCustomer } from '../support/customers';
import { activeReseller } from '../support/partners';
import { seedMember } from '../support/people';

/** Rounds of the concurrency suite: a few in `npm test`, 200 in `npm run test:concurrency`. */
const rounds = Number(process.env.CONCURRENCY_ROUNDS ?? 3);
const roundsTimeout = 60_000 + rounds * 3_000;

describe('idempotency keys', () => {
  it('replay the first response of a POST with one effect; a different body with the same key is refused', async () => {
    const org = await newOrganization();
    const key = `sr-${randomUUID()}`;
    const body = { category: 'Platform', title: 'Invoices', description: 'Missing invoice.' };
    const first = await call('POST', '/v1/service-requests', { token: org.token, body, headers: { 'idempotency-key': key } });
    const again = await call('POST', '/v1/service-requests', { token: org.token, body, headers: { 'idempotency-key': key } });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body.serviceRequestId).toBe(first.body.serviceRequestId);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect((await call('GET', '/v1/service-requests', { token: org.token })).body.items).toHaveLength(1);
    const other = await call('POST', '/v1/service-requests', { token: org.token, body: { ...body, title: 'Other' }, headers: { 'idempotency-key': key } });
    expect(other.status).toBe(422);
    expect(other.body.errors[0].field).toBe('idempotency-key');
  });

  it('never store a secret shown once: a replayed user creation leaves the temporary password out', async () => {
    const org = await newOrganization();
    const key = `user-${randomUUID()}`;
    const body = { fullName: 'Once Only', email: uniqueEmail('once'), agentRole: 'SalesAgent', adminRole: 'NotAnAdmin' };
    const first = await call('POST', '/v1/users', { token: org.token, body, headers: { 'idempotency-key': key } });
    const again = await call('POST', '/v1/users', { token: org.token, body, headers: { 'idempotency-key': key } });
    expect(first.body.temporaryPassword).toBeTruthy();
    expect(again.status).toBe(201);
    expect(again.body.user.userId).toBe(first.body.user.userId);
    expect(again.body.temporaryPassword).toBeUndefined();
    expect(again.headers.get('idempotent-redacted')).toBe('temporaryPassword');
  });

  it('work before sign-in too (sign-up)', async () => {
    const key = `signup-${randomUUID()}`;
    const body = { organization: { legalName: 'Idem S.r.l.', country: 'IT' }, admin: { fullName: 'Ida', email: uniqueEmail('idem'), password: 'Correct-Horse-9!battery' } };
    const [a, b] = [await call('POST', '/v1/sign-up', { body, headers: { 'idempotency-key': key } }), await call('POST', '/v1/sign-up', { body, headers: { 'idempotency-key': key } })];
    expect(a.status).toBe(201);
    expect(b.body.organizationId).toBe(a.body.organizationId);
  });
});

describe(`the concurrency suite (${rounds} rounds)`, () => {
  it('one invitation accepted by 50 concurrent requests: exactly one success, one relationship, every round', async () => {
    const reseller = await activeReseller();
    let violations = 0;
    for (let round = 0; round < rounds; round += 1) {
      const customer = await customerOrganization();
      const { token } = await inviteCustomer(reseller);
      const statuses = (await Promise.all(Array.from({ length: 50 }, () => acceptCustomer(customer, token)))).map((r) => r.status);
      const ledger = (await call('GET', '/v1/customer-relationships', { token: customer.token })).body.partners;
      if (statuses.filter((s) => s === 200).length !== 1 || statuses.some((s) => s !== 200 && s !== 409) || ledger.length !== 1) violations += 1;
    }
    expect(violations).toBe(0);
  }, roundsTimeout);

  it('two partners racing for delegated admin: exactly one holder, every round', async () => {
    const [a, b] = await Promise.all([activeReseller(), activeReseller()]);
    let violations = 0;
    for (let round = 0; round < rounds; round += 1) {
      const customer = await customerOrganization();
      const [ia, ib] = await Promise.all([inviteCustomer(a, { requestDelegatedAdmin: true }), inviteCustomer(b, { requestDelegatedAdmin: true })]);
      await Promise.all([acceptCustomer(customer, ia.token), acceptCustomer(customer, ib.token)]);
      const ledger = (await call('GET', '/v1/customer-relationships', { token: customer.token })).body;
      const flagged = ledger.partners.filter((p: { delegatedAdmin: boolean }) => p.delegatedAdmin);
      if (!ledger.delegatedAdminHolder || flagged.length !== 1 || flagged[0].partnerId !== ledger.delegatedAdminHolder) violations += 1;
    }
    expect(violations).toBe(0);
  }, roundsTimeout);

  it('concurrent role changes of one user: one wins, the other gets 412, no lost update, every round', async () => {
    const admin = await newOrganization();
    const user = await seedMember(admin, { agentRole: 'SalesAgent', adminRole: 'NotAnAdmin' });
    let violations = 0;
    for (let round = 0; round < rounds; round += 1) {
      const version = (await call('GET', `/v1/users/${user.userId}`, { token: admin.token })).body.version;
      const change = (agentRole: string) => call('PUT', `/v1/users/${user.userId}/roles`, { token: admin.token, body: { agentRole, adminRole: 'NotAnAdmin' }, headers: { 'if-match': `"${version}"` } });
      const results = await Promise.all([change('AdminAgent'), change('HelpdeskAgent')]);
      const winner = results.find((r) => r.status === 200);
      const stored = await getItem(`USER#${user.userId}`, 'PROFILE');
      if (results.map((r) => r.status).sort().join() !== '200,412' || stored!.version !== version + 1 || stored!.agentRole !== winner?.body.agentRole) violations += 1;
    }
    expect(violations).toBe(0);
  }, roundsTimeout);
});

describe('faults', () => {
  it('stores every invitation while email is down, and sends each email once when it returns', async () => {
    const reseller = await activeReseller();
    const recipients = Array.from({ length: 4 }, () => uniqueEmail('outage'));
    await call('POST', '/__local/faults', { body: { service: 'email', down: true } });
    let created: string[] = [];
    try {
      created = await Promise.all(recipients.map(async (recipientEmail) => (await inviteCustomer(reseller, { recipientEmail, send: true })).invitation.invitationId));
      for (const id of created) expect((await getItem(`INVITATION#${id}`, 'INVITATION'))!.state).toBe('Pending');
      await new Promise((resolve) => setTimeout(resolve, 1500)); // the consumer retries meanwhile, with backoff
    } finally {
      await call('POST', '/__local/faults', { body: { service: 'email', down: false } });
    }
    for (const recipient of recipients) await waitForMail(recipient, () => true, 1);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    for (const recipient of recipients) expect(await mailTo(recipient)).toHaveLength(1);
  }, 120_000);

  it('has one effect when the stream consumer is handed the same record twice', async () => {
    const admin = await newOrganization();
    const email = uniqueEmail('twice');
    await call('POST', '/v1/users', { token: admin.token, body: { fullName: 'Twice', email, agentRole: 'SalesAgent', adminRole: 'NotAnAdmin', sendSignInEmail: true } });
    await waitForMail(email);
    const { Items = [] } = await table.send(
      new QueryCommand({ TableName: tableName, IndexName: 'gsi1', KeyConditionExpression: 'gsi1pk = :pk', ExpressionAttributeValues: { ':pk': `ORG#${admin.organizationId}#EVENTS` } }),
    );
    const event = Items.find((item) => item.type === 'PartnerUserAdded')!;
    const fullEvent = await getItem(event.pk, event.sk);
    // the consumer, run here as in its Lambda, against the same emulators
    Object.assign(process.env, stack.env);
    const { handler } = await import('../../functions/events/consume-events');
    const record = { eventName: 'INSERT', dynamodb: { Keys: marshall({ pk: fullEvent!.pk, sk: fullEvent!.sk }), NewImage: marshall(fullEvent!, { removeUndefinedValues: true }), SequenceNumber: '1' } };
    await (handler as unknown as (e: unknown, c: unknown) => Promise<unknown>)({ Records: [record, record] }, {});
    await (handler as unknown as (e: unknown, c: unknown) => Promise<unknown>)({ Records: [record] }, {});
    await eventually('settle', async () => true);
    expect(await mailTo(email)).toHaveLength(1);
  });
});
