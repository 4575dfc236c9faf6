import { randomUUID } from 'node:crypto';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, newOrganization, type SignedIn, table, tableName, uniqueEmail } from '../support/api';
import { acceptCustomer, customerOrganization, directBillPartner, inviteCustomer } from '../support/customers';
import { appNow, directBillPartnerDue, eligibleReseller } from '../support/direct-bill';
import { startEnrollment } from '../support/enrollment';
import { accept, activeProvider, activeReseller, invite } from '../support/partners';
import { operator, seedMember } from '../support/people';

/**
 * A hostile tenant against real resources of another organization: for each operation that names a resource
 * by id, the victim's resource exists (so a missing ownership check would find it), the attacker is a global
 * admin of an active partner (so no permission stands in the way), and afterwards the victim's partitions
 * in the table are exactly as before.
 */
let victim: { provider: SignedIn; invitationId: string; user: SignedIn; partner: SignedIn; customer: SignedIn };
let attacker: SignedIn;

/** Every item of the partitions that belong to an organization, as sorted JSON. */
async function partitionsOf(organizationId: string, ...others: string[]): Promise<string[]> {
  const keys = [`ORG#${organizationId}`, ...others];
  const lines: string[] = [];
  for (const pk of keys) {
    const { Items = [] } = await table.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': pk },
      }),
    );
    for (const item of Items) lines.push(JSON.stringify(Object.entries(item).sort(([a], [b]) => a.localeCompare(b))));
  }
  return lines.sort();
}

beforeAll(async () => {
  const provider = await activeProvider();
  const reseller = await activeReseller();
  const { invitation } = await invite(provider, reseller);
  const user = await seedMember(provider, { agentRole: 'SalesAgent', adminRole: 'NotAnAdmin' });
  const partner = await directBillPartner();
  const customer = await customerOrganization();
  await acceptCustomer(customer, (await inviteCustomer(partner, { requestDelegatedAdmin: true })).token);
  const ordered = await call('POST', `/v1/customers/${customer.organizationId}/orders`, {
    token: partner.token,
    body: { lineItems: [{ offerId: 'M365-BUSINESS-PREMIUM', quantity: 2 }] },
  });
  expect(ordered.status).toBe(201);
  victim = { provider, invitationId: invitation.invitationId, user, partner, customer };
  attacker = await directBillPartner();
}, 120_000);

describe('a hostile tenant, against real resources of another organization', () => {
  it('cannot resend, revoke or read another provider’s invitation; the table is unchanged', async () => {
    const before = await partitionsOf(victim.provider.organizationId, `INVITATION#${victim.invitationId}`);
    for (const action of ['resend', 'revoke'])
      expect(
        (await call('POST', `/v1/invitations/${victim.invitationId}/${action}`, { token: attacker.token })).status,
        action,
      ).toBe(404);
    const list = await call('GET', '/v1/invitations', { token: attacker.token });
    expect(JSON.stringify(list.body)).not.toContain(victim.invitationId);
    expect(await partitionsOf(victim.provider.organizationId, `INVITATION#${victim.invitationId}`)).toEqual(before);
  });

  it('cannot read, change the roles of or remove another organization’s user; the user is unchanged', async () => {
    const before = await partitionsOf(victim.provider.organizationId, `USER#${victim.user.userId}`);
    const path = `/v1/users/${victim.user.userId}`;
    expect((await call('GET', path, { token: attacker.token })).status).toBe(404);
    const roles = await call('PUT', `${path}/roles`, {
      token: attacker.token,
      headers: { 'if-match': '"1"' },
      body: { agentRole: 'AdminAgent', adminRole: 'GlobalAdmin' },
    });
    expect(roles.status).toBe(404);
    expect((await call('DELETE', path, { token: attacker.token })).status).toBe(404);
    expect(await partitionsOf(victim.provider.organizationId, `USER#${victim.user.userId}`)).toEqual(before);
    expect((await call('GET', '/v1/me/capabilities', { token: victim.user.token })).status).toBe(200);
  });

  it('cannot read, order for, or add users to another partner’s customer; the customer’s data is unchanged', async () => {
    const customerId = victim.customer.organizationId;
    const before = await partitionsOf(customerId, `ORG#${victim.partner.organizationId}`);
    const reads = [
      `/v1/customers/${customerId}`,
      `/v1/customers/${customerId}/subscriptions`,
      `/v1/customers/${customerId}/users`,
    ];
    for (const path of reads) {
      const response = await call('GET', path, { token: attacker.token });
      expect(response.status, path).toBe(404);
      expect(response.text, path).not.toContain('M365-BUSINESS-PREMIUM');
    }
    const orderFor = (id: string) =>
      call('POST', `/v1/customers/${id}/orders`, {
        token: attacker.token,
        body: { lineItems: [{ offerId: 'M365-BUSINESS-PREMIUM', quantity: 5 }] },
      });
    const order = await orderFor(customerId);
    const unknown = await orderFor(randomUUID());
    // refused, and exactly as for a customer that does not exist: the answer says nothing of this one
    expect([403, 404]).toContain(order.status);
    expect(order.status).toBe(unknown.status);
    expect(order.body.detail).toBe(unknown.body.detail);
    const user = await call('POST', `/v1/customers/${customerId}/users`, {
      token: attacker.token,
      body: { fullName: 'Intruder', email: uniqueEmail('intruder') },
    });
    expect(user.status).toBe(404);
    expect(await partitionsOf(customerId, `ORG#${victim.partner.organizationId}`)).toEqual(before);
    const customers = await call('GET', '/v1/customers', { token: attacker.token });
    expect(JSON.stringify(customers.body)).not.toContain(customerId);
  });

  it('cannot read, comment on or move another partner’s service request, nor change its customer’s subscriptions', async () => {
    const customerId = victim.customer.organizationId;
    const opened = await call('POST', '/v1/service-requests', {
      token: victim.partner.token,
      body: { category: 'Customer', customerId, title: 'Victim request', description: 'Private.' },
    });
    const id = opened.body.serviceRequestId;
    const subscriptionId = (
      await call('GET', `/v1/customers/${customerId}/subscriptions`, { token: victim.partner.token })
    ).body.items[0].subscriptionId;
    const before = await partitionsOf(customerId, `ORG#${victim.partner.organizationId}`, `SR#${id}`);
    const attempts = [
      await call('GET', `/v1/service-requests/${id}`, { token: attacker.token }),
      await call('GET', `/v1/service-requests/${id}/comments`, { token: attacker.token }),
      await call('POST', `/v1/service-requests/${id}/comments`, { token: attacker.token, body: { text: 'hi' } }),
      await call('POST', `/v1/service-requests/${id}/status`, { token: attacker.token, body: { action: 'close' } }),
      await call('PATCH', `/v1/customers/${customerId}/subscriptions/${subscriptionId}`, {
        token: attacker.token,
        body: { status: 'Suspended' },
      }),
    ];
    for (const response of attempts) {
      expect(response.status).toBe(404);
      expect(response.text).not.toContain('Victim request');
    }
    // a customer sees only what was opened for it
    const other = await customerOrganization();
    expect((await call('GET', `/v1/service-requests/${id}`, { token: other.token })).status).toBe(404);
    expect((await call('GET', '/v1/tenant/service-requests', { token: other.token })).body.items).toEqual([]);
    expect(await partitionsOf(customerId, `ORG#${victim.partner.organizationId}`, `SR#${id}`)).toEqual(before);
  });

  it('cannot read or move another organization’s enrollment by its id; the enrollment is unchanged', async () => {
    const owner = await newOrganization();
    const { enrollment } = await startEnrollment(owner);
    const id = enrollment.enrollmentId;
    const before = await partitionsOf(owner.organizationId, `ENROLLMENT#${id}`);
    const attempts: [string, string, unknown][] = [
      ['GET', `/v1/enrollments/${id}`, undefined],
      ['PUT', `/v1/enrollments/${id}/partner-id`, { partnerId: '1234567' }],
      ['POST', `/v1/enrollments/${id}/inquiry-response`, { answer: 'Not ours to answer.' }],
      [
        'POST',
        `/v1/enrollments/${id}/agreement-signature`,
        { agreementType: 'PartnerAgreement', agreementVersion: '2026-01', accept: true },
      ],
      ['POST', `/v1/enrollments/${id}/resume`, undefined],
    ];
    for (const [method, path, body] of attempts) {
      const response = await call(method, path, { token: attacker.token, ...(body ? { body } : {}) });
      expect(response.status, `${method} ${path}`).toBe(404);
      expect(response.text, path).not.toContain(owner.organizationId);
    }
    expect(await partitionsOf(owner.organizationId, `ENROLLMENT#${id}`)).toEqual(before);
  });

  it('cannot assign or convert another partner’s lead; the lead is unchanged', async () => {
    const lead = await call('POST', '/v1/leads', {
      token: victim.partner.token,
      body: {
        companyName: 'Prospect S.r.l.',
        contactName: 'Pia',
        contactEmail: uniqueEmail('pia'),
        country: 'IT',
        source: 'Referral',
      },
    });
    expect(lead.status).toBe(201);
    const before = await partitionsOf(victim.partner.organizationId);
    const assign = await call('POST', `/v1/leads/${lead.body.leadId}/assign`, {
      token: attacker.token,
      body: { userId: attacker.userId },
    });
    expect(assign.status).toBe(404);
    expect((await call('POST', `/v1/leads/${lead.body.leadId}/invitation`, { token: attacker.token })).status).toBe(
      404,
    );
    expect(JSON.stringify((await call('GET', '/v1/leads', { token: attacker.token })).body)).not.toContain(
      lead.body.leadId,
    );
    expect(await partitionsOf(victim.partner.organizationId)).toEqual(before);
  });

  it('cannot read another organization’s enrollment or profile through its ids', async () => {
    const stranger = await newOrganization();
    const profile = await call('GET', '/v1/partner-profile', { token: stranger.token });
    expect(JSON.stringify(profile.body)).not.toContain(victim.provider.organizationId);
    const shared = await call('GET', `/v1/partner-links/${victim.provider.organizationId}/shared-customers`, {
      token: attacker.token,
    });
    expect(shared.status).toBe(404);
  });

  it('cannot suspend, resume, end or read another provider’s reseller link; both sides are unchanged', async () => {
    const provider = await activeProvider();
    const reseller = await activeReseller();
    expect((await accept(reseller, (await invite(provider, reseller)).token)).status).toBe(200);
    const otherProvider = await activeProvider();
    const otherReseller = await activeReseller();
    const before = await partitionsOf(provider.organizationId, `ORG#${reseller.organizationId}`);
    const attempts: [SignedIn, string, string][] = [
      [otherProvider, 'POST', `/v1/indirect-resellers/${reseller.organizationId}/suspend`],
      [otherProvider, 'POST', `/v1/indirect-resellers/${reseller.organizationId}/resume`],
      [otherProvider, 'POST', `/v1/partner-links/${reseller.organizationId}/end`],
      [otherProvider, 'GET', `/v1/partner-links/${reseller.organizationId}/shared-customers`],
      [otherReseller, 'POST', `/v1/indirect-providers/${provider.organizationId}/remove-admin-access`],
      [otherReseller, 'POST', `/v1/partner-links/${provider.organizationId}/end`],
      [otherReseller, 'GET', `/v1/partner-links/${provider.organizationId}/shared-customers`],
    ];
    for (const [who, method, path] of attempts) {
      const response = await call(method, path, { token: who.token, ...(method === 'POST' ? { body: {} } : {}) });
      expect(response.status, `${method} ${path}`).toBe(404);
    }
    expect(await partitionsOf(provider.organizationId, `ORG#${reseller.organizationId}`)).toEqual(before);
    const lists = await Promise.all([
      call('GET', '/v1/indirect-resellers', { token: otherProvider.token }),
      call('GET', '/v1/indirect-providers', { token: otherReseller.token }),
    ]);
    for (const list of lists)
      expect(list.text).not.toMatch(new RegExp(`${provider.organizationId}|${reseller.organizationId}`));
  });

  it('cannot accept a direct-bill transition meant for another provider; the transition is unchanged', async () => {
    const partner = await eligibleReseller();
    const due = new Date((await appNow()).getTime() + 100 * 24 * 3600_000).toISOString().slice(0, 10);
    await directBillPartnerDue(partner, due);
    const provider = await activeProvider(['Europe']);
    expect((await accept(partner, (await invite(provider, partner)).token)).status).toBe(200);
    const started = await call('POST', '/v1/direct-bill/transitions', {
      token: partner.token,
      body: { providerId: provider.organizationId },
    });
    expect(started.status).toBe(201);
    const otherProvider = await activeProvider(['Europe']);
    const before = await partitionsOf(partner.organizationId);
    const taken = await call('POST', `/v1/direct-bill/transitions/${partner.organizationId}/accept`, {
      token: otherProvider.token,
    });
    expect(taken.status).toBe(404);
    expect(await partitionsOf(partner.organizationId)).toEqual(before);
  });

  it('cannot assign another partner’s licenses to its customer’s users; the user keeps none', async () => {
    const customerId = victim.customer.organizationId;
    const user = await call('POST', `/v1/customers/${customerId}/users`, {
      token: victim.partner.token,
      body: { fullName: 'Gino Verdi', email: uniqueEmail('gino') },
    });
    expect(user.status).toBe(201);
    const subscriptions = await call('GET', `/v1/customers/${customerId}/subscriptions`, {
      token: victim.partner.token,
    });
    const subscriptionId = subscriptions.body.items[0].subscriptionId;
    const before = await partitionsOf(customerId, `USER#${user.body.user.userId}`);
    const assign = await call('POST', `/v1/customers/${customerId}/users/${user.body.user.userId}/licenses`, {
      token: attacker.token,
      body: { subscriptionId, action: 'assign' },
    });
    expect(assign.status).toBe(404);
    expect(await partitionsOf(customerId, `USER#${user.body.user.userId}`)).toEqual(before);
  });

  it('cannot remove the delegated admin another customer granted, as a customer itself', async () => {
    const before = await partitionsOf(victim.customer.organizationId, `ORG#${victim.partner.organizationId}`);
    const otherCustomer = await customerOrganization();
    const removeAdmin = (partnerId: string) =>
      call('POST', `/v1/customer-relationships/${partnerId}/remove-admin-access`, {
        token: otherCustomer.token,
        body: {},
      });
    // it acts on the caller's own tenant only: the answer is the one for a partner it never had
    const removed = await removeAdmin(victim.partner.organizationId);
    const unknown = await removeAdmin(randomUUID());
    expect(removed.status).toBe(409);
    expect([removed.status, removed.body.detail]).toEqual([unknown.status, unknown.body.detail]);
    expect(await partitionsOf(victim.customer.organizationId, `ORG#${victim.partner.organizationId}`)).toEqual(before);
  });

  it('cannot use operator operations on real resources of anyone; nothing is written', async () => {
    const owner = await newOrganization();
    const { enrollment } = await startEnrollment(owner);
    const id = victim.partner.organizationId;
    const before = await partitionsOf(id, `ORG#${owner.organizationId}`);
    const attempts: [string, string, unknown][] = [
      ['POST', `/v1/operator/enrollments/${enrollment.enrollmentId}/review`, { decision: 'Approve' }],
      ['POST', `/v1/operator/direct-bill/${id}/assessment`, { passed: true }],
      ['POST', `/v1/operator/direct-bill/${id}/credit-check`, { passed: true }],
      ['POST', `/v1/operator/direct-bill/${id}/reevaluate`, undefined],
      ['POST', `/v1/operator/organizations/${id}/indirect-provider`, { regions: ['Europe'] }],
      ['POST', `/v1/operator/organizations/${id}/programs`, { program: 'IndirectProvider' }],
      ['POST', `/v1/operator/provider-links/${victim.provider.organizationId}/${id}/suspend`, undefined],
    ];
    for (const [method, path, body] of attempts) {
      const response = await call(method, path, { token: attacker.token, ...(body ? { body } : {}) });
      expect(response.status, `${method} ${path}`).toBe(403);
    }
    expect(await partitionsOf(id, `ORG#${owner.organizationId}`)).toEqual(before);
    // the same calls reach the operations when an operator makes them (the ids are real)
    const review = await call('POST', `/v1/operator/enrollments/${enrollment.enrollmentId}/review`, {
      token: await operator(),
      body: { decision: 'Approve' },
    });
    expect(review.status).not.toBe(404);
  });
});
