import { describe, expect, it } from 'vitest';
import { call, getItem, uniqueEmail } from '../support/api';
import { acceptCustomer, customerOrganization, directBillPartner, inviteCustomer } from '../support/customers';
import { appNow } from '../support/direct-bill';

/** Two partners of one customer: what each sold is its own (issue 13, item 2). */
describe('sales of record', () => {
  it('are seen and changed only by the partner that sold them, and revenue is booked to it alone', async () => {
    const [seller, other] = await Promise.all([directBillPartner(), directBillPartner()]);
    const customer = await customerOrganization();
    await acceptCustomer(customer, (await inviteCustomer(seller, { requestDelegatedAdmin: true })).token);
    await acceptCustomer(customer, (await inviteCustomer(other, { requestDelegatedAdmin: true })).token, 'moveAdmin');
    const base = `/v1/customers/${customer.organizationId}`;

    const order = await call('POST', `${base}/orders`, {
      token: seller.token,
      body: { lineItems: [{ offerId: 'M365-BUSINESS-PREMIUM', quantity: 2 }] },
    });
    expect(order.status).toBe(201);
    const subscriptionId = order.body.lineItems[0].subscriptionId as string;

    // the seller sees it; the other partner of the same customer does not, by list or by the expanded record
    const sellers = await call('GET', `${base}/subscriptions`, { token: seller.token });
    expect(sellers.body.items.map((s: { subscriptionId: string }) => s.subscriptionId)).toEqual([subscriptionId]);
    expect((await call('GET', `${base}/subscriptions`, { token: other.token })).body.items).toEqual([]);
    const record = await call('GET', base, { token: other.token });
    expect(record.status).toBe(200);
    expect(record.text).not.toContain(subscriptionId);
    expect(record.text).not.toContain(seller.organizationId);

    // nor can it add to it: the line names the subscription, and nothing is written
    const addition = await call('POST', `${base}/orders`, {
      token: other.token,
      body: { lineItems: [{ subscriptionId, addQuantity: 5 }] },
    });
    expect(addition.status).toBe(422);
    expect(addition.body.errors[0].field).toBe('lineItems.0.subscriptionId');
    expect((await getItem(`ORG#${customer.organizationId}`, `SUB#${subscriptionId}`))!.quantity).toBe(2);
    // the stack's clock, not the machine's: other test files move it
    const month = (await appNow()).toISOString().slice(0, 7);
    const revenue = await call('GET', `/v1/revenue?month=${month}`, { token: other.token });
    expect(revenue.body.items).toEqual([]);

    // nor assign its licenses (the other partner holds delegated admin now)
    const user = await call('POST', `${base}/users`, {
      token: other.token,
      body: { fullName: 'Gino Verdi', email: uniqueEmail('gino') },
    });
    expect(user.status).toBe(201);
    const license = await call('POST', `${base}/users/${user.body.user.userId}/licenses`, {
      token: other.token,
      body: { subscriptionId, action: 'assign' },
    });
    expect(license.status).toBe(409);
    expect((await getItem(`ORG#${customer.organizationId}`, `SUB#${subscriptionId}`))!.assigned).toBe(0);
  });
});
