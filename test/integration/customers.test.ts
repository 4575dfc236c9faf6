import { describe, expect, it } from 'vitest';
import {
  afterProof,
  call,
  eventually,
  getItem,
  mailTo,
  newOrganization,
  uniqueEmail,
  waitForMail,
} from '../support/api';
import {
  acceptCustomer,
  customerOrganization,
  directBillPartner,
  inviteCustomer,
  servedCustomer,
} from '../support/customers';
import { appNow } from '../support/direct-bill';
import { accept, activeProvider, activeReseller, invite } from '../support/partners';
import { operator, seedMember } from '../support/people';

// the stack's application clock (other test files move it forward)
const month = async () => (await appNow()).toISOString().slice(0, 7);

describe('relationship requests', () => {
  it('answer a personalized link, a draft in the partner’s language, a mailto URL and clipboard text', async () => {
    const reseller = await activeReseller('IT', 'it');
    const created = await inviteCustomer(reseller, { requestDelegatedAdmin: true });
    expect(created.link).toMatch(/\/v1\/pages\/invitation\?token=[\w-]{43}$/);
    expect(created.draftEmail.language).toBe('it');
    expect(created.draftEmail.subject).toContain('rivenditore cloud');
    expect(created.draftEmail.body).toContain(created.link);
    expect(created.draftEmail.body).toContain('autorizzazioni di amministratore');
    expect(decodeURIComponent(created.mailtoUrl)).toContain(created.link);
    expect(created.clipboardText).toContain(created.link);
    expect(created.invitation).toMatchObject({ kind: 'Customer', state: 'Pending' });
    const listed = await call('GET', '/v1/invitations?kind=Customer', { token: reseller.token });
    expect(listed.body.items.map((i: { invitationId: string }) => i.invitationId)).toContain(
      created.invitation.invitationId,
    );
  });

  it('refuses an edited body that drops the link', async () => {
    const reseller = await activeReseller();
    const response = await call('POST', '/v1/customer-invitations', {
      token: reseller.token,
      body: { emailBody: 'Please accept our invitation.', recipientEmail: uniqueEmail(), send: true },
    });
    expect(response.status).toBe(422);
    expect(response.body.errors[0].field).toBe('emailBody');
  });

  it('sends the edited email through SES, marked as the partner’s words, with a working link in place of {{link}}', async () => {
    const reseller = await activeReseller();
    const customer = await customerOrganization();
    await inviteCustomer(reseller, {
      recipientEmail: customer.email,
      send: true,
      emailSubject: 'Working together',
      emailBody: 'Dear customer,\n\nplease accept here: {{link}}\n\nThanks',
    });
    const [mail] = await waitForMail(customer.email, afterProof);
    const partner = (await call('GET', '/v1/partner-profile', { token: reseller.token })).body.legalName;
    expect(mail!.subject).toBe(`${partner} via CSP Partner: Working together`);
    expect(mail!.text.startsWith(`The message below was written by ${partner}, not by the CSP partner program`)).toBe(
      true,
    );
    expect(mail!.text).toContain('Dear customer,');
    const token = /token=([\w-]+)/.exec(mail!.text)![1]!;
    expect((await acceptCustomer(customer, token)).status).toBe(200);
  });

  it('lets a sales agent invite but not ask for delegated admin', async () => {
    const reseller = await activeReseller();
    const sales = await seedMember(reseller, { agentRole: 'SalesAgent', adminRole: 'NotAnAdmin' });
    expect((await call('POST', '/v1/customer-invitations', { token: sales.token, body: {} })).status).toBe(201);
    const admin = await call('POST', '/v1/customer-invitations', {
      token: sales.token,
      body: { requestDelegatedAdmin: true },
    });
    expect(admin.status).toBe(403);
    expect(admin.body.missingPermission).toBe('customers:delegated-admin');
  });

  it('keeps customers to the markets of the reseller’s region', async () => {
    const reseller = await activeReseller('IT');
    expect(
      (await call('POST', '/v1/customer-invitations', { token: reseller.token, body: { customerCountry: 'US' } }))
        .status,
    ).toBe(422);
    const { token } = await inviteCustomer(reseller);
    const american = await customerOrganization('US');
    const response = await acceptCustomer(american, token);
    expect(response.status).toBe(422);
    expect(response.body.detail).toContain('Europe');
  });
});

describe('acceptance by the customer', () => {
  it('makes the customer appear on the reseller’s Customers page and in its own consent ledger', async () => {
    const reseller = await activeReseller();
    const customer = await customerOrganization();
    const { token } = await inviteCustomer(reseller, { requestDelegatedAdmin: true });
    const page = await call('GET', `/v1/pages/invitation?token=${token}`);
    expect(page.text).toContain('admin permissions');
    const accepted = await acceptCustomer(customer, token);
    expect(accepted.status).toBe(200);
    expect(accepted.body.result.relationship.delegatedAdmin).toBe(true);

    const customers = await call('GET', '/v1/customers', { token: reseller.token });
    expect(customers.body.items).toEqual([
      expect.objectContaining({
        customerId: customer.organizationId,
        role: 'Reseller',
        delegatedAdmin: true,
        country: 'IT',
      }),
    ]);
    const detail = await call('GET', `/v1/customers/${customer.organizationId}`, { token: reseller.token });
    expect(detail.body.account).toMatchObject({ country: 'IT', currency: 'EUR' });
    const ledger = await call('GET', '/v1/customer-relationships', { token: customer.token });
    expect(ledger.body.delegatedAdminHolder).toBe(reseller.organizationId);
    expect(ledger.body.items).toEqual([
      expect.objectContaining({
        partnerId: reseller.organizationId,
        role: 'Reseller',
        delegatedAdmin: true,
        removeAdminAction: expect.any(String),
      }),
    ]);
  });

  it('takes acceptance only from a global admin of the customer', async () => {
    const reseller = await activeReseller();
    const customer = await customerOrganization();
    const { token } = await inviteCustomer(reseller);
    const helper = await seedMember(customer, { agentRole: 'NotAnAgent', adminRole: 'BillingAdmin' });
    expect((await acceptCustomer(helper, token)).status).toBe(403);
  });

  it('binds an invitation addressed to someone to that recipient’s organization, even before it signs up', async () => {
    const reseller = await activeReseller();
    const recipient = uniqueEmail('cfo', 'northwind.example');
    const { token } = await inviteCustomer(reseller, { recipientEmail: recipient });
    const stranger = await customerOrganization();
    const taken = await acceptCustomer(stranger, token);
    expect(taken.status).toBe(403);
    expect(taken.body.reason).toBe('wrong-account');
    expect((await call('GET', '/v1/customer-relationships', { token: stranger.token })).body.items).toEqual([]);

    const owner = await newOrganization({ email: recipient, legalName: 'Northwind Traders S.r.l.' });
    expect((await acceptCustomer(owner, token)).status).toBe(200);
    // a link made without a recipient is the partner's to hand over: whoever holds it may answer
    const { token: unaddressed } = await inviteCustomer(reseller);
    expect((await acceptCustomer(stranger, unaddressed)).status).toBe(200);
  });

  it('answers a revoked invitation’s link as any unusable link: 410, nothing about its state', async () => {
    const reseller = await activeReseller();
    const customer = await customerOrganization();
    const { token, invitation } = await inviteCustomer(reseller);
    await call('POST', `/v1/invitations/${invitation.invitationId}/revoke`, { token: reseller.token });
    const response = await acceptCustomer(customer, token);
    expect(response.status).toBe(410);
    expect(response.body.type).toBe('/v1/problems/invalid-link');
    expect(response.body).not.toHaveProperty('invitationState');
  });
});

describe('combined invitations', () => {
  it('make reseller and provider resellers of record at once; the provider orders with the reseller as reseller of record', async () => {
    const provider = await activeProvider(['Europe']);
    const reseller = await activeReseller();
    await accept(reseller, (await invite(provider, reseller)).token);
    const customer = await customerOrganization('ES');
    const { token } = await inviteCustomer(reseller, { includeProviderId: provider.organizationId });
    expect((await acceptCustomer(customer, token)).status).toBe(200);

    const providersCustomers = await call('GET', '/v1/customers', { token: provider.token });
    expect(providersCustomers.body.items).toEqual([
      expect.objectContaining({
        customerId: customer.organizationId,
        role: 'IndirectProvider',
        resellerOfRecord: reseller.organizationId,
      }),
    ]);
    const shared = await call('GET', `/v1/partner-links/${provider.organizationId}/shared-customers`, {
      token: reseller.token,
    });
    expect(shared.body.items.map((c: { customerId: string }) => c.customerId)).toEqual([customer.organizationId]);
    const sharedFromProvider = await call('GET', `/v1/partner-links/${reseller.organizationId}/shared-customers`, {
      token: provider.token,
    });
    expect(sharedFromProvider.body.items).toHaveLength(1);

    const byReseller = await call('POST', `/v1/customers/${customer.organizationId}/orders`, {
      token: reseller.token,
      body: { lineItems: [{ offerId: 'M365-BUSINESS-BASIC', quantity: 10 }] },
    });
    expect(byReseller.status).toBe(403);
    expect(byReseller.body.missing).toBe('providerRelationship');

    const order = await call('POST', `/v1/customers/${customer.organizationId}/orders`, {
      token: provider.token,
      body: { lineItems: [{ offerId: 'M365-BUSINESS-BASIC', quantity: 10 }] },
    });
    expect(order.status).toBe(201);
    expect(order.body).toMatchObject({
      resellerOfRecord: reseller.organizationId,
      submittedBy: provider.organizationId,
      currency: 'EUR',
      total: 56,
      totalUsd: 60.48,
    });
    const revenue = await call('GET', `/v1/revenue?month=${await month()}`, { token: reseller.token });
    expect(revenue.body.totalUsd).toBe(60.48);
    const subscriptions = await call('GET', `/v1/customers/${customer.organizationId}/subscriptions`, {
      token: provider.token,
    });
    expect(subscriptions.body.items).toEqual([
      expect.objectContaining({
        offerId: 'M365-BUSINESS-BASIC',
        quantity: 10,
        resellerOfRecord: reseller.organizationId,
      }),
    ]);
    const more = await call('POST', `/v1/customers/${customer.organizationId}/orders`, {
      token: provider.token,
      body: { lineItems: [{ subscriptionId: subscriptions.body.items[0].subscriptionId, addQuantity: 5 }] },
    });
    expect(more.status).toBe(201);
    expect(
      (await call('GET', `/v1/customers/${customer.organizationId}/subscriptions`, { token: provider.token })).body
        .items[0].quantity,
    ).toBe(15);
  });

  it('add the provider to a customer the reseller already serves, and tell both partners', async () => {
    const provider = await activeProvider(['Europe']);
    const reseller = await activeReseller();
    await accept(reseller, (await invite(provider, reseller)).token);
    const customer = await customerOrganization('ES');
    expect((await acceptCustomer(customer, (await inviteCustomer(reseller)).token)).status).toBe(200);
    const accepted = (m: { subject: string }) => m.subject.includes('accepted your relationship request');
    await waitForMail(reseller.email, accepted);

    const { token } = await inviteCustomer(reseller, { includeProviderId: provider.organizationId });
    const combined = await acceptCustomer(customer, token);
    expect(combined.status).toBe(200);
    expect(combined.body.result.relationship).toMatchObject({ providerId: provider.organizationId });
    const order = await call('POST', `/v1/customers/${customer.organizationId}/orders`, {
      token: provider.token,
      body: { lineItems: [{ offerId: 'M365-BUSINESS-BASIC', quantity: 2 }] },
    });
    expect(order.status).toBe(201);
    expect(order.body.resellerOfRecord).toBe(reseller.organizationId);
    const shared = await call('GET', `/v1/partner-links/${provider.organizationId}/shared-customers`, {
      token: reseller.token,
    });
    expect(shared.body.items.map((c: { customerId: string }) => c.customerId)).toEqual([customer.organizationId]);
    // the provider is told, and the reseller a second time (its customer now has the provider too)
    const [toProvider] = await waitForMail(provider.email, accepted);
    expect(toProvider!.text).toContain('combined relationship');
    expect(toProvider!.text).not.toMatch(/Hello Distributor/);
    const [, toReseller] = await waitForMail(reseller.email, accepted, 2);
    expect(toReseller!.text).toContain('already your customer');

    // an invitation that adds nothing says so, and leaves the relationship as it is
    const nothing = await acceptCustomer(customer, (await inviteCustomer(reseller)).token);
    expect(nothing.status).toBe(409);
    expect(nothing.body.detail).toContain('already has this relationship');
  });

  it('need a provider the reseller is actively linked with', async () => {
    const reseller = await activeReseller();
    const stranger = await activeProvider();
    const response = await call('POST', '/v1/customer-invitations', {
      token: reseller.token,
      body: { includeProviderId: stranger.organizationId },
    });
    expect(response.status).toBe(409);
  });
});

describe('delegated admin', () => {
  it('has one holder; the customer keeps it or moves it, never two', async () => {
    const first = await activeReseller();
    const second = await activeReseller();
    const customer = await customerOrganization();
    await acceptCustomer(customer, (await inviteCustomer(first, { requestDelegatedAdmin: true })).token);

    const { token } = await inviteCustomer(second, { requestDelegatedAdmin: true });
    const undecided = await acceptCustomer(customer, token);
    expect(undecided.status).toBe(409);
    expect(undecided.body).toMatchObject({
      adminChoiceRequired: true,
      currentHolder: { partnerId: first.organizationId },
    });
    const kept = await acceptCustomer(customer, token, 'keepCurrentAdmin');
    expect(kept.body.result.relationship.delegatedAdmin).toBe(false);
    expect((await call('GET', '/v1/customer-relationships', { token: customer.token })).body.delegatedAdminHolder).toBe(
      first.organizationId,
    );

    const third = await activeReseller();
    const moved = await acceptCustomer(
      customer,
      (await inviteCustomer(third, { requestDelegatedAdmin: true })).token,
      'moveAdmin',
    );
    expect(moved.body.result.relationship).toMatchObject({ delegatedAdmin: true, previousAdmin: first.organizationId });
    const [told] = await waitForMail(first.email, (m) => m.subject.includes('moved its admin permissions'));
    expect(told!.text).toContain('no longer holds them');
    const ledger = (await call('GET', '/v1/customer-relationships', { token: customer.token })).body;
    expect(ledger.delegatedAdminHolder).toBe(third.organizationId);
    expect(
      ledger.items
        .filter((p: { delegatedAdmin: boolean }) => p.delegatedAdmin)
        .map((p: { partnerId: string }) => p.partnerId),
    ).toEqual([third.organizationId]);
    expect(
      (await call('GET', `/v1/customers/${customer.organizationId}`, { token: first.token })).body.delegatedAdmin,
    ).toBe(false);
  });

  it('gives exactly one holder when two admin requests are accepted at the same moment', async () => {
    const customer = await customerOrganization();
    const [a, b] = await Promise.all([activeReseller(), activeReseller()]);
    const [ta, tb] = await Promise.all([
      inviteCustomer(a, { requestDelegatedAdmin: true }),
      inviteCustomer(b, { requestDelegatedAdmin: true }),
    ]);
    const results = await Promise.all([acceptCustomer(customer, ta.token), acceptCustomer(customer, tb.token)]);
    const holders = results.filter((r) => r.status === 200 && r.body.result.relationship.delegatedAdmin);
    expect(holders).toHaveLength(1);
    const holder = (await getItem(`ORG#${customer.organizationId}`, 'DELEGATED_ADMIN'))!.holderId;
    expect([a.organizationId, b.organizationId]).toContain(holder);
    const loser = results.find((r) => r !== holders[0])!;
    expect(loser.status).toBe(409);
  });

  it('is removed by the customer at any time; the partner is told and stays bound to support', async () => {
    const reseller = await directBillPartner();
    const customer = await customerOrganization();
    await acceptCustomer(customer, (await inviteCustomer(reseller, { requestDelegatedAdmin: true })).token);
    const removed = await call('POST', `/v1/customer-relationships/${reseller.organizationId}/remove-admin-access`, {
      token: customer.token,
    });
    expect(removed.status).toBe(200);
    expect(removed.body.delegatedAdminHolder).toBeUndefined();
    const [mail] = await waitForMail(reseller.email, (m) => m.subject.includes('removed your admin permissions'));
    expect(mail!.text).toContain('remain bound to support');
    const record = (await call('GET', `/v1/customers/${customer.organizationId}`, { token: reseller.token })).body;
    expect(record).toMatchObject({ delegatedAdmin: false, note: expect.stringContaining('bound to support') });
    const users = await call('GET', `/v1/customers/${customer.organizationId}/users`, { token: reseller.token });
    expect(users.status).toBe(403);
    expect(users.body.missing).toBe('delegatedAdmin');
    expect(
      (
        await call('POST', `/v1/customer-relationships/${reseller.organizationId}/remove-admin-access`, {
          token: customer.token,
        })
      ).status,
    ).toBe(409);
  });
});

describe('on behalf of the customer', () => {
  it('creates users, orders licenses and assigns them', async () => {
    const partner = await directBillPartner();
    const customer = await customerOrganization();
    await acceptCustomer(customer, (await inviteCustomer(partner, { requestDelegatedAdmin: true })).token);
    const offers = await call('GET', '/v1/offers?market=IT', { token: partner.token });
    expect(offers.body.items).toEqual(
      expect.arrayContaining([
        { offerId: 'M365-BUSINESS-PREMIUM', name: 'Microsoft 365 Business Premium', unitPrice: 20.6, currency: 'EUR' },
      ]),
    );

    const user = await call('POST', `/v1/customers/${customer.organizationId}/users`, {
      token: partner.token,
      body: { fullName: 'Gino Verdi', email: uniqueEmail('gino') },
    });
    expect(user.status).toBe(201);
    expect(user.body.temporaryPassword).toBeTruthy();
    const order = await call('POST', `/v1/customers/${customer.organizationId}/orders`, {
      token: partner.token,
      body: { lineItems: [{ offerId: 'M365-BUSINESS-PREMIUM', quantity: 1 }] },
    });
    expect(order.status).toBe(201);
    const subscriptionId = order.body.lineItems[0].subscriptionId;
    const license = (userId: string, action = 'assign') =>
      call('POST', `/v1/customers/${customer.organizationId}/users/${userId}/licenses`, {
        token: partner.token,
        body: { subscriptionId, action },
      });
    expect((await license(user.body.user.userId)).body.licenses).toEqual([subscriptionId]);
    const second = await call('POST', `/v1/customers/${customer.organizationId}/users`, {
      token: partner.token,
      body: { fullName: 'Lia Neri', email: uniqueEmail('lia') },
    });
    expect((await license(second.body.user.userId)).status).toBe(409);
    const listed = await call('GET', `/v1/customers/${customer.organizationId}/users`, { token: partner.token });
    expect(listed.body.items.map((u: { fullName: string }) => u.fullName)).toEqual(
      expect.arrayContaining(['Gino Verdi', 'Lia Neri']),
    );
    const stranger = await newOrganization();
    expect((await license(stranger.userId)).status).toBe(404);
  });

  it('keeps licenses a set per user: no second seat for the same license, both subscriptions listed, removal frees the seat', async () => {
    const {
      partner,
      base,
      subscriptionIds: [first, second],
    } = await servedCustomer([
      { offerId: 'M365-BUSINESS-PREMIUM', quantity: 3 },
      { offerId: 'M365-BUSINESS-BASIC', quantity: 2 },
    ]);
    const user = await call('POST', `${base}/users`, {
      token: partner.token,
      body: { fullName: 'Gino Verdi', email: uniqueEmail('gino') },
    });
    const userId = user.body.user.userId;
    const license = (subscriptionId: string, action = 'assign') =>
      call('POST', `${base}/users/${userId}/licenses`, { token: partner.token, body: { subscriptionId, action } });
    const seats = async () =>
      Object.fromEntries(
        (await call('GET', base, { token: partner.token })).body.subscriptions.map(
          (s: { subscriptionId: string; assigned: number }) => [s.subscriptionId, s.assigned],
        ),
      );

    expect((await license(first)).status).toBe(200);
    const again = await license(first);
    expect(again.status).toBe(409);
    expect(again.body.detail).toContain('already has this license');
    // concurrent assignments of the same license use one seat
    await Promise.all([license(first), license(first), license(first)]);
    expect(await seats()).toEqual({ [first]: 1, [second]: 0 });

    const both = await license(second);
    expect(both.body.licenses).toEqual([first, second].sort());
    const listed = await call('GET', `${base}/users`, { token: partner.token });
    expect(listed.body.items.find((u: { userId: string }) => u.userId === userId).licenses).toEqual(
      [first, second].sort(),
    );
    const record = (await call('GET', base, { token: partner.token })).body;
    expect(record.licenses).toEqual({ purchased: 5, assigned: 2 });
    expect(record.users).toBe(2); // the customer's own admin and Gino

    const removed = await license(first, 'remove');
    expect(removed.status).toBe(200);
    expect(removed.body.licenses).toEqual([second]);
    expect((await license(first, 'remove')).status).toBe(409);
    expect(await seats()).toEqual({ [first]: 0, [second]: 1 });
  });

  it('sells an offer an operator adds to the catalogue, at its price in the customer’s currency', async () => {
    const offerId = `TEST-${Math.random().toString(36).slice(2, 8).toUpperCase()}`;
    const stored = await call('PUT', '/v1/operator/offers', {
      token: await operator(),
      body: { offerId, name: 'Test offer', prices: { EUR: 7.5, USD: 8 }, maxQuantity: 10 },
    });
    expect(stored.status).toBe(200);
    const partner = await directBillPartner();
    const offers = await call('GET', '/v1/offers?market=IT', { token: partner.token });
    expect(offers.body.items).toEqual(
      expect.arrayContaining([{ offerId, name: 'Test offer', unitPrice: 7.5, currency: 'EUR' }]),
    );
  });

  it('refuses orders without a relationship, naming what is missing', async () => {
    const partner = await directBillPartner();
    const customer = await customerOrganization();
    const response = await call('POST', `/v1/customers/${customer.organizationId}/orders`, {
      token: partner.token,
      body: { lineItems: [{ offerId: 'AZURE-PLAN', quantity: 1 }] },
    });
    expect(response.status).toBe(403);
    expect(response.body.missing).toBe('resellerRelationship');
  });
});

describe('customers from other channels, and leads', () => {
  it('imports a customer a partner already serves, into its customer list', async () => {
    const partner = await activeReseller();
    const imported = await call('POST', '/v1/operator/customer-relationships', {
      token: await operator(),
      body: {
        partnerOrganizationId: partner.organizationId,
        customer: { legalName: 'Old Friend S.r.l.', country: 'IT', domain: 'oldfriend.example' },
      },
    });
    expect(imported.status).toBe(201);
    const found = await call('GET', '/v1/customers?q=oldfriend', { token: partner.token });
    expect(found.body.items.map((c: { customerName: string }) => c.customerName)).toEqual(['Old Friend S.r.l.']);
  });

  it('lists, assigns and turns leads into invitations', async () => {
    const partner = await activeReseller();
    const sales = await seedMember(partner, { agentRole: 'SalesAgent', adminRole: 'NotAnAdmin' });
    const contactEmail = uniqueEmail('lead');
    const lead = await call('POST', '/v1/leads', {
      token: sales.token,
      body: { companyName: 'Prospect S.r.l.', contactName: 'Pia', contactEmail, country: 'IT', source: 'Referral' },
    });
    expect(lead.status).toBe(201);
    expect(
      (
        await call('POST', `/v1/leads/${lead.body.leadId}/assign`, {
          token: partner.token,
          body: { userId: sales.userId },
        })
      ).body.status,
    ).toBe('Assigned');
    const converted = await call('POST', `/v1/leads/${lead.body.leadId}/invitation`, { token: sales.token });
    expect(converted.body).toMatchObject({ status: 'Invited', invitationId: expect.any(String) });
    await waitForMail(contactEmail);
    expect((await call('GET', '/v1/leads', { token: sales.token })).body.items[0].status).toBe('Invited');
    const helpdesk = await seedMember(partner, { agentRole: 'HelpdeskAgent', adminRole: 'NotAnAdmin' });
    expect((await call('GET', '/v1/leads', { token: helpdesk.token })).status).toBe(403);
    expect((await mailTo(helpdesk.email)).filter(afterProof)).toEqual([]);
  });
});

describe('the customer’s own side', () => {
  it('reads its subscriptions from every partner and the history of each partner on its tenant', async () => {
    const partner = await directBillPartner();
    const customer = await customerOrganization();
    await acceptCustomer(customer, (await inviteCustomer(partner, { requestDelegatedAdmin: true })).token);
    await call('POST', `/v1/customers/${customer.organizationId}/orders`, {
      token: partner.token,
      body: { lineItems: [{ offerId: 'M365-BUSINESS-BASIC', quantity: 4 }] },
    });
    const subscriptions = await call('GET', '/v1/tenant/subscriptions', { token: customer.token });
    expect(subscriptions.status).toBe(200);
    expect(subscriptions.body.items).toEqual([
      expect.objectContaining({
        offerId: 'M365-BUSINESS-BASIC',
        quantity: 4,
        resellerOfRecord: partner.organizationId,
      }),
    ]);
    expect(subscriptions.body.items[0]).not.toHaveProperty('pk');

    await call('POST', `/v1/customer-relationships/${partner.organizationId}/remove-admin-access`, {
      token: customer.token,
    });
    const ledger = (await call('GET', '/v1/customer-relationships', { token: customer.token })).body;
    const entry = ledger.items.find((p: { partnerId: string }) => p.partnerId === partner.organizationId);
    expect(entry.history.map((h: { change: string }) => h.change)).toEqual([
      'RelationshipAccepted',
      'DelegatedAdminGranted',
      'DelegatedAdminRemoved',
    ]);
    // a partner cannot read a tenant view: it is the customer's own
    expect((await call('GET', '/v1/tenant/subscriptions', { token: partner.token })).body.items).toEqual([]);
  });

  it('follows a service request opened on its behalf: both sides comment, each is told, the lifecycle holds', async () => {
    const partner = await directBillPartner();
    const customer = await customerOrganization();
    await acceptCustomer(customer, (await inviteCustomer(partner)).token);
    const opened = await call('POST', '/v1/service-requests', {
      token: partner.token,
      body: { category: 'Customer', customerId: customer.organizationId, title: 'Mailbox quota', description: 'Full.' },
    });
    expect(opened.status).toBe(201);
    const id = opened.body.serviceRequestId;
    await waitForMail(customer.email, (m) => m.subject.includes('opened a service request'));
    const mine = await call('GET', '/v1/tenant/service-requests', { token: customer.token });
    expect(mine.body.items.map((r: { serviceRequestId: string }) => r.serviceRequestId)).toEqual([id]);

    const base = `/v1/service-requests/${id}`;
    const asCustomer = await call('GET', base, { token: customer.token });
    expect(asCustomer.body).toMatchObject({ status: 'Open', yourSide: 'Customer', yourActions: ['close'] });
    const move = (who: { token: string }, action: string) =>
      call('POST', `${base}/status`, { token: who.token, body: { action } });
    const refused = await move(customer, 'resolve');
    expect(refused.status).toBe(409);
    expect(refused.body.yourActions).toEqual(['close']);
    expect((await move(partner, 'start')).body.status).toBe('InProgress');
    // an integrator following the partner's feed sees the request as it is now, not only the event's data
    const fromFeed = await eventually('the request in the partner’s feed', async () => {
      const feed = await call('GET', '/v1/event-feed?limit=100', { token: partner.token });
      const items = (feed.body.items ?? []) as { resource?: { type: string; id: string }; current?: any }[];
      return items.find((item) => item.resource?.type === 'ServiceRequest' && item.resource.id === id && item.current);
    });
    expect(fromFeed.current).toMatchObject({ serviceRequestId: id, status: 'InProgress', yourSide: 'Partner' });
    expect(fromFeed.current.description).toBeUndefined(); // where it stands, not its conversation
    // and the invitation the customer accepted, as it is now (not as it was when sent)
    const feed = await call('GET', '/v1/event-feed?limit=100', { token: partner.token });
    const invitationItem = (feed.body.items as { type: string; current?: any }[]).find(
      (item) => item.type === 'InvitationCreated',
    );
    expect(invitationItem?.current).toMatchObject({ fromOrganizationId: partner.organizationId, state: 'Accepted' });
    expect((await move(partner, 'askCustomer')).body.status).toBe('WaitingOnCustomer');
    await waitForMail(customer.email, (m) => m.text.includes('waiting for your answer'));

    const answer = await call('POST', `${base}/comments`, {
      token: customer.token,
      body: { text: 'It is the sales mailbox.' },
    });
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({ side: 'Customer', text: 'It is the sales mailbox.' });
    expect((await call('GET', base, { token: partner.token })).body).toMatchObject({
      status: 'InProgress',
      comments: 1,
    });
    const [told] = await waitForMail(partner.email, (m) => m.text.includes('It is the sales mailbox.'));
    expect(told!.subject).toContain('Mailbox quota');

    expect((await move(partner, 'resolve')).body).toMatchObject({ status: 'Resolved', yourActions: ['close'] });
    expect((await move(customer, 'close')).body.status).toBe('Closed');
    const late = await call('POST', `${base}/comments`, { token: partner.token, body: { text: 'One more thing' } });
    expect(late.status).toBe(409);
    const comments = await call('GET', `${base}/comments`, { token: partner.token });
    expect(comments.body.items.map((c: { text: string }) => c.text)).toEqual(['It is the sales mailbox.']);

    const stranger = await customerOrganization();
    expect((await call('GET', base, { token: stranger.token })).status).toBe(404);
    expect((await call('POST', `${base}/comments`, { token: stranger.token, body: { text: 'hi' } })).status).toBe(404);
  });

  it('lets operators answer a platform ticket, and the partner close it', async () => {
    const partner = await directBillPartner();
    const ticket = await call('POST', '/v1/service-requests', {
      token: partner.token,
      body: { category: 'Platform', title: 'Invoice missing', description: 'October invoice.' },
    });
    const base = `/v1/service-requests/${ticket.body.serviceRequestId}`;
    const ops = await operator();
    expect((await call('GET', base, { token: ops })).body).toMatchObject({ yourSide: 'Operator' });
    expect((await call('POST', `${base}/comments`, { token: ops, body: { text: 'Sent again.' } })).status).toBe(201);
    expect((await call('POST', `${base}/status`, { token: ops, body: { action: 'resolve' } })).status).toBe(200);
    const closed = await call('POST', `${base}/status`, { token: partner.token, body: { action: 'close' } });
    expect(closed.body).toMatchObject({ status: 'Closed', yourSide: 'Partner' });
    await waitForMail(partner.email, (m) => m.text.includes('Sent again.'));
  });
});

describe('managing subscriptions on behalf of the customer', () => {
  it('lets a helpdesk agent reduce, suspend and reactivate an Azure plan, never below the assigned licenses; the customer is told', async () => {
    const {
      partner,
      customer,
      base,
      subscriptionIds: [m365, azure],
    } = await servedCustomer([
      { offerId: 'M365-BUSINESS-BASIC', quantity: 5 },
      { offerId: 'AZURE-PLAN', quantity: 1 },
    ]);
    const helpdesk = await seedMember(partner, { agentRole: 'HelpdeskAgent', adminRole: 'NotAnAdmin' });
    const patch = (who: { token: string }, id: string, body: Record<string, unknown>) =>
      call('PATCH', `${base}/subscriptions/${id}`, { token: who.token, body });

    // Office 365 needs an admin agent (seed 000); an Azure plan the helpdesk agent may suspend and reactivate
    const office = await patch(helpdesk, m365, { quantity: 3 });
    expect(office.status).toBe(403);
    expect(office.body.missingRole).toBe('AdminAgent');
    expect((await patch(helpdesk, azure, { status: 'Suspended' })).body.status).toBe('Suspended');
    await waitForMail(customer.email, (m) => m.subject.includes('changed your Azure plan subscription'));
    expect((await patch(helpdesk, azure, { status: 'Suspended' })).status).toBe(409);
    expect((await patch(helpdesk, azure, { status: 'Active' })).body.status).toBe('Active');

    // fewer licenses, never below the assigned ones
    const user = await call('POST', `${base}/users`, {
      token: partner.token,
      body: { fullName: 'Gino Verdi', email: uniqueEmail('gino') },
    });
    await call('POST', `${base}/users/${user.body.user.userId}/licenses`, {
      token: partner.token,
      body: { subscriptionId: m365, action: 'assign' },
    });
    expect((await patch(partner, m365, { quantity: 1 })).body.quantity).toBe(1);
    await call('PATCH', `${base}/subscriptions/${m365}`, { token: partner.token, body: { status: 'Suspended' } });
    const blocked = await call('POST', `${base}/users/${user.body.user.userId}/licenses`, {
      token: partner.token,
      body: { subscriptionId: m365, action: 'remove' },
    });
    expect(blocked.status).toBe(200); // removing a license of a suspended subscription frees it
    const assign = await call('POST', `${base}/users/${user.body.user.userId}/licenses`, {
      token: partner.token,
      body: { subscriptionId: m365, action: 'assign' },
    });
    expect(assign.status).toBe(409); // a suspended subscription takes no new assignment
    await patch(partner, m365, { status: 'Active' });
    // more licenses are an order, with revenue
    const more = await patch(partner, m365, { quantity: 4 });
    expect(more.body.quantity).toBe(4);
    const subs = await call('GET', '/v1/tenant/subscriptions', { token: customer.token });
    expect(subs.body.items.find((s: { subscriptionId: string }) => s.subscriptionId === m365).quantity).toBe(4);
    // another partner's subscription is not found
    const other = await directBillPartner();
    expect((await patch(other, m365, { quantity: 2 })).status).toBe(404);
  });

  it('refuses fewer licenses than are assigned', async () => {
    const {
      partner,
      base,
      subscriptionIds: [id],
    } = await servedCustomer([{ offerId: 'M365-BUSINESS-BASIC', quantity: 2 }]);
    for (const name of ['Gino Verdi', 'Lia Neri']) {
      const user = await call('POST', `${base}/users`, {
        token: partner.token,
        body: { fullName: name, email: uniqueEmail('u') },
      });
      await call('POST', `${base}/users/${user.body.user.userId}/licenses`, {
        token: partner.token,
        body: { subscriptionId: id, action: 'assign' },
      });
    }
    const fewer = await call('PATCH', `${base}/subscriptions/${id}`, { token: partner.token, body: { quantity: 1 } });
    expect(fewer.status).toBe(409);
    expect(fewer.body.assigned).toBe(2);
  });

  it('takes If-Match: a change made since the version read is refused with 412, not overwritten', async () => {
    const {
      partner,
      base,
      subscriptionIds: [id],
    } = await servedCustomer([{ offerId: 'M365-BUSINESS-BASIC', quantity: 3 }]);
    const read = async () =>
      (await call('GET', `${base}/subscriptions`, { token: partner.token })).body.items.find(
        (s: { subscriptionId: string }) => s.subscriptionId === id,
      ) as { version: number; quantity: number; status: string };
    const first = await read();
    expect(first.version).toBe(1);
    // a colleague suspends it: the version moves on
    const suspended = await call('PATCH', `${base}/subscriptions/${id}`, {
      token: partner.token,
      headers: { 'if-match': `"${first.version}"` },
      body: { status: 'Suspended' },
    });
    expect(suspended.status).toBe(200);
    expect(suspended.body.version).toBe(2);
    // the other tab still holds version 1: its reactivation would undo nothing it saw, so it is refused
    const stale = await call('PATCH', `${base}/subscriptions/${id}`, {
      token: partner.token,
      headers: { 'if-match': `"${first.version}"` },
      body: { quantity: 2 },
    });
    expect(stale.status).toBe(412);
    expect(stale.body.type).toBe('/v1/problems/precondition-failed');
    expect(await read()).toMatchObject({ version: 2, quantity: 3, status: 'Suspended' });
    // assigning a license moves the version too; a malformed If-Match names the header
    const bad = await call('PATCH', `${base}/subscriptions/${id}`, {
      token: partner.token,
      headers: { 'if-match': 'yesterday' },
      body: { status: 'Active' },
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0]).toMatchObject({ in: 'header', field: 'if-match' });
    const reactivated = await call('PATCH', `${base}/subscriptions/${id}`, {
      token: partner.token,
      headers: { 'if-match': '"2"' },
      body: { status: 'Active' },
    });
    expect(reactivated.body).toMatchObject({ status: 'Active', version: 3 });
    const user = await call('POST', `${base}/users`, {
      token: partner.token,
      body: { fullName: 'Gino Verdi', email: uniqueEmail('gino') },
    });
    await call('POST', `${base}/users/${user.body.user.userId}/licenses`, {
      token: partner.token,
      body: { subscriptionId: id, action: 'assign' },
    });
    expect((await read()).version).toBe(4);
    // more licenses (an order) move it on as well
    const more = await call('PATCH', `${base}/subscriptions/${id}`, {
      token: partner.token,
      headers: { 'if-match': '"4"' },
      body: { quantity: 5 },
    });
    expect(more.body).toMatchObject({ quantity: 5, version: 5 });
    expect(await read()).toMatchObject({ quantity: 5, version: 5 });
    // the orders in the partner's feed carry the customer as listCustomers shows it now
    const customerId = base.split('/')[3]!;
    const ordered = await eventually('the order in the feed', async () => {
      const feed = await call('GET', '/v1/event-feed?limit=100', { token: partner.token });
      return (feed.body.items as { type: string; resource?: { type: string }; current?: any }[]).find(
        (item) => item.type === 'OrderSubmitted' && item.current,
      );
    });
    expect(ordered.resource).toMatchObject({ type: 'Customer', id: customerId });
    expect(ordered.current).toMatchObject({ customerId, resellerOfRecord: partner.organizationId });
  });
});

describe('service health', () => {
  it('shows each product and region, degraded while an operator’s incident is open, to the roles of seed 000', async () => {
    const partner = await directBillPartner();
    const ops = await operator();
    const opened = await call('POST', '/v1/operator/service-incidents', {
      token: ops,
      body: { product: 'Azure', regions: ['LatinAmerica'], title: 'Portal sign-in errors', status: 'Investigating' },
    });
    expect(opened.status).toBe(200);
    const health = async (who: string) =>
      call('GET', '/v1/service-health?region=LatinAmerica&product=Azure', { token: who });
    expect((await health(partner.token)).body.services).toEqual([
      { product: 'Azure', region: 'LatinAmerica', status: 'Degraded', incidents: [opened.body.incidentId] },
    ]);
    const helpdesk = await seedMember(partner, { agentRole: 'HelpdeskAgent', adminRole: 'NotAnAdmin' });
    expect((await health(helpdesk.token)).status).toBe(200);
    const sales = await seedMember(partner, { agentRole: 'SalesAgent', adminRole: 'NotAnAdmin' });
    expect((await health(sales.token)).status).toBe(403);

    await call('POST', '/v1/operator/service-incidents', {
      token: ops,
      body: {
        incidentId: opened.body.incidentId,
        product: 'Azure',
        regions: ['LatinAmerica'],
        title: 'Portal sign-in errors',
        status: 'Resolved',
      },
    });
    const after = (await health(partner.token)).body;
    expect(after.services[0].status).toBe('Healthy');
    expect(after.incidents[0]).toMatchObject({ status: 'Resolved', resolvedAt: expect.any(String) });
  });
});
