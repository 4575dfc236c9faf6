import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import {
  advanceClock,
  call,
  days,
  eventually,
  getItem,
  mailTo,
  newOrganization,
  organizationEvents,
  table,
  tableName,
  waitForMail,
} from '../support/api';
import { acceptCustomer, customerOrganization, directBillPartner, inviteCustomer } from '../support/customers';
import {
  addToRevenueSummary,
  appNow,
  attest,
  directBillPartnerDue,
  eligibleReseller,
  removeRevenueMonths,
  revenueMonths,
  seedRevenue,
} from '../support/direct-bill';
import { accept, activeProvider, invite } from '../support/partners';
import { directoryPartnerId, operator } from '../support/people';

const criterion = (
  evaluation: { criteria: { id: string; passed: boolean; evidence: Record<string, any> }[] },
  id: string,
) => evaluation.criteria.find((c) => c.id === id)!;
const day = (d: Date, offset = 0) => new Date(d.getTime() + offset * 86_400_000).toISOString().slice(0, 10);

describe('eligibility', () => {
  it('is versioned data: the seed’s USD 300K version is in force, a USD 1M one is listed', async () => {
    const org = await newOrganization();
    const response = await call('GET', '/v1/direct-bill/eligibility-policies', { token: org.token });
    expect(response.body.inForce).toBe('2020-10');
    expect(response.body.items.map((p: { version: string }) => p.version)).toEqual(
      expect.arrayContaining(['2020-10', '2027-07']),
    );
  });

  it('takes effect only once an operator publishes a version, and a published version is never rewritten', async () => {
    const token = await operator();
    const reader = (await newOrganization()).token;
    const policies = (await call('GET', '/v1/direct-bill/eligibility-policies', { token: reader })).body.items;
    const draft = policies.find((p: { version: string }) => p.version === '2027-07');
    expect(draft.publishedAt).toBeUndefined();
    const { publishedAt: _p, ...seed } = policies.find((p: { version: string }) => p.version === '2020-10');
    const later = { ...seed, version: '2099-01', effectiveFrom: '2099-01-01T00:00:00.000Z', description: 'Far ahead.' };
    const published = await call('PUT', '/v1/operator/eligibility-policies', { token, body: later });
    expect(published.status).toBe(200);
    expect(published.body.publishedAt).toEqual(expect.any(String));
    expect((await call('PUT', '/v1/operator/eligibility-policies', { token, body: later })).status).toBe(409);
    // not effective yet: the seed's version stays in force
    expect((await call('GET', '/v1/direct-bill/eligibility-policies', { token: reader })).body.inForce).toBe('2020-10');
  });

  it('explains every criterion with its evidence and what is missing', async () => {
    const org = await newOrganization();
    const none = (await call('GET', '/v1/direct-bill/eligibility', { token: org.token })).body;
    expect(none.eligible).toBe(false);
    expect(none.criteria).toHaveLength(9);
    for (const c of none.criteria) expect(c).toMatchObject({ passed: false, missing: expect.any(String) });

    const ready = await eligibleReseller();
    const evaluation = (await call('GET', '/v1/direct-bill/eligibility', { token: ready.token })).body;
    for (const id of [
      'partnerId',
      'signingAuthority',
      'firstLevelSupport',
      'customerAccounting',
      'managedService',
      'revenue',
      'tenure',
    ])
      expect(criterion(evaluation, id).passed, id).toBe(true);
    expect(criterion(evaluation, 'revenue')).toMatchObject({ evidence: { trailingUsd: 360_000, minimumUsd: 300_000 } });
    expect(criterion(evaluation, 'tenure').evidence.months).toBeGreaterThanOrEqual(12);
    expect(criterion(evaluation, 'supportPlan')).toMatchObject({
      passed: false,
      missing: expect.stringContaining('credit check'),
    });
    expect(criterion(evaluation, 'capabilities').passed).toBe(false);
  });

  it('fails revenue and tenure below their thresholds, with what is missing', async () => {
    const org = await newOrganization();
    await seedRevenue(org, 10_000, 6);
    const evaluation = (await call('GET', '/v1/direct-bill/eligibility', { token: org.token })).body;
    expect(criterion(evaluation, 'revenue')).toMatchObject({
      passed: false,
      missing: 'USD 240000 more revenue in the trailing 12 months',
    });
    expect(criterion(evaluation, 'tenure')).toMatchObject({ passed: false });
  });

  it('answers a what-if against another version', async () => {
    const org = await eligibleReseller();
    const now = (await call('GET', '/v1/direct-bill/eligibility', { token: org.token })).body;
    const later = (await call('GET', '/v1/direct-bill/eligibility?policyVersion=2027-07', { token: org.token })).body;
    expect(criterion(now, 'revenue').passed).toBe(true);
    expect(later.policyVersion).toBe('2027-07');
    expect(criterion(later, 'revenue')).toMatchObject({ passed: false, evidence: { minimumUsd: 1_000_000 } });
    expect((await call('GET', '/v1/direct-bill/eligibility?policyVersion=1999-01', { token: org.token })).status).toBe(
      404,
    );
  });
});

describe('the application', () => {
  const waitForApplication = (token: string, state: string) =>
    eventually(`application ${state}`, async () => {
      const app = (await call('GET', '/v1/direct-bill/applications/current', { token })).body;
      return app.state === state ? app : undefined;
    });

  it('goes from gate to credit check, support plan, assessment, decision and agreement to direct-bill Active', async () => {
    const org = await eligibleReseller();
    const created = await call('POST', '/v1/direct-bill/applications', { token: org.token });
    expect(created.status).toBe(201);
    expect((await call('POST', '/v1/direct-bill/applications', { token: org.token })).status).toBe(409);
    const waiting = await waitForApplication(org.token, 'AwaitingCreditCheck');
    expect(waiting.gate.eligible).toBe(true);
    // the feed shows the application as it is now
    const fromFeed = await eventually('the application in the feed', async () => {
      const feed = await call('GET', '/v1/event-feed?limit=100', { token: org.token });
      const items = (feed.body.items ?? []) as { resource?: { type: string }; current?: { state?: string } }[];
      return items.find((item) => item.resource?.type === 'DirectBillApplication' && item.current);
    });
    expect(fromFeed.current).toMatchObject({ applicationId: created.body.applicationId });
    expect(JSON.stringify(fromFeed.current)).not.toMatch(/executionName|createdBy|"pk"/);

    const early = await call('POST', '/v1/direct-bill/support-plan', {
      token: org.token,
      body: { plan: 'PremierSupportForPartners' },
    });
    expect(early.status).toBe(409);
    expect(early.body.detail).toContain('Do not buy a support plan yet');
    const notWaiting = await call('POST', `/v1/operator/direct-bill/${org.organizationId}/assessment`, {
      token: await operator(),
      body: { passed: true },
    });
    expect(notWaiting.status).toBe(409);

    expect(
      (
        await call('POST', `/v1/operator/direct-bill/${org.organizationId}/credit-check`, {
          token: await operator(),
          body: { passed: true },
        })
      ).status,
    ).toBe(200);
    await waitForMail(org.email, (m) => m.subject.includes('credit check passed'));
    await waitForApplication(org.token, 'AwaitingSupportPlan');
    expect(
      (
        await call('POST', '/v1/direct-bill/support-plan', {
          token: org.token,
          body: { plan: 'AdvancedSupportForPartners' },
        })
      ).status,
    ).toBe(200);
    await waitForApplication(org.token, 'AwaitingAssessment');
    expect(
      (
        await call('POST', `/v1/operator/direct-bill/${org.organizationId}/assessment`, {
          token: await operator(),
          body: { passed: true, assessor: 'Assessor Ltd' },
        })
      ).status,
    ).toBe(200);
    const approved = await waitForApplication(org.token, 'AwaitingAgreement');
    expect(approved.decision.eligible).toBe(true);
    expect(
      (await call('POST', '/v1/direct-bill/agreement-signature', { token: org.token, body: { accept: true } })).status,
    ).toBe(200);
    await waitForApplication(org.token, 'Active');

    const profile = await call('GET', '/v1/partner-profile', { token: org.token });
    expect(profile.body.programs.DirectBill.status).toBe('Active');
    const stored = await getItem(`ORG#${org.organizationId}`, 'DIRECTBILL');
    expect(stored!.nextReviewDue).toBe(
      day(
        new Date(
          Date.UTC(
            (await appNow()).getUTCFullYear() + 1,
            (await appNow()).getUTCMonth(),
            (await appNow()).getUTCDate(),
          ),
        ),
      ),
    );
    await waitForMail(org.email, (m) => m.subject.includes('you are a direct-bill partner'));
  });

  it('stops at the gate when the requirements are not met', async () => {
    const org = await newOrganization();
    await call('POST', '/v1/direct-bill/applications', { token: org.token });
    const ineligible = await waitForApplication(org.token, 'Ineligible');
    expect(ineligible.gate.eligible).toBe(false);
    await waitForMail(org.email, (m) => m.subject.includes('requirements not met'));
    expect((await call('POST', '/v1/direct-bill/applications', { token: org.token })).status).toBe(201);
  });
});

describe('the annual re-evaluation job', () => {
  it('re-evaluates only the partners due: passes, restricts, lifts; a second run of the day changes nothing', async () => {
    const now = await appNow();
    const passing = await eligibleReseller();
    await directBillPartnerDue(passing, day(now, -1));
    const failing = await eligibleReseller();
    await directBillPartnerDue(failing, day(now, 0));
    // its revenue fell: the eight oldest of its months are gone
    await removeRevenueMonths(failing.organizationId, (await revenueMonths(failing.organizationId)).slice(0, 8));
    const notDue = await eligibleReseller();
    await directBillPartnerDue(notDue, day(now, 200));
    const recovering = await eligibleReseller();
    await directBillPartnerDue(recovering, day(now, -3), 'Restricted');

    const first = (await call('POST', '/__local/jobs/reevaluateDirectBill')).body;
    expect(first.alreadyDone).toBe(false);
    expect(first.outcomes.Passed).toBeGreaterThanOrEqual(1);
    expect(first.outcomes.Restricted).toBeGreaterThanOrEqual(1);
    expect(first.outcomes.Lifted).toBeGreaterThanOrEqual(1);

    const statusOf = async (org: { organizationId: string }) =>
      (await getItem(`ORG#${org.organizationId}`, 'PROFILE'))!.programs.DirectBill.status;
    expect(await statusOf(passing)).toBe('Active');
    expect(await statusOf(failing)).toBe('Restricted');
    expect(await statusOf(recovering)).toBe('Active');
    expect((await getItem(`ORG#${notDue.organizationId}`, 'DIRECTBILL'))!.nextReviewDue).toBe(day(now, 200));
    expect((await getItem(`ORG#${passing.organizationId}`, 'DIRECTBILL'))!.nextReviewDue > day(now, 360)).toBe(true);
    const restriction = (await getItem(`ORG#${failing.organizationId}`, 'DIRECTBILL'))!;
    expect(restriction.restrictionReasons.join(' ')).toContain('more revenue');
    await waitForMail(failing.email, (m) => m.subject.includes('capabilities restricted'));

    // a restricted partner may not make new purchases for its customers
    const customer = await customerOrganization();
    await acceptCustomer(customer, (await inviteCustomer(failing)).token);
    const order = await call('POST', `/v1/customers/${customer.organizationId}/orders`, {
      token: failing.token,
      body: { lineItems: [{ offerId: 'AZURE-PLAN', quantity: 1 }] },
    });
    expect(order.status).toBe(403);
    expect(order.body.missing).toBe('directBillEligibility');
    const offered = (await call('GET', '/v1/direct-bill/eligibility', { token: failing.token })).body;
    expect(offered).toMatchObject({ status: 'Restricted', transitionOffered: true });

    const eventsBefore = (await organizationEvents(failing.organizationId)).length;
    const second = (await call('POST', '/__local/jobs/reevaluateDirectBill')).body;
    expect(second.alreadyDone).toBe(true);
    expect((await organizationEvents(failing.organizationId)).length).toBe(eventsBefore);
  });

  it('has one effect when the job and a manual re-evaluation of one partner run at once', async () => {
    const now = await appNow();
    const org = await eligibleReseller();
    await directBillPartnerDue(org, day(now, -1));
    const [manual, manualAgain] = await Promise.all([
      call('POST', `/v1/operator/direct-bill/${org.organizationId}/reevaluate`, { token: await operator() }),
      call('POST', `/v1/operator/direct-bill/${org.organizationId}/reevaluate`, { token: await operator() }),
    ]);
    // the second answers either "re-evaluated meanwhile" or the day's result: never a second effect
    expect(manual.body.outcome === 'Passed' || manualAgain.body.outcome === 'Passed').toBe(true);
    for (const r of [manual, manualAgain]) expect(['NotDue', 'Passed']).toContain(r.body.outcome);
    const events = (await organizationEvents(org.organizationId)).filter((e) => e.type === 'DirectBillPassed');
    expect(events).toHaveLength(1);
  });
});

describe('re-evaluation, as partners live it', () => {
  const reevaluate = async (org: { organizationId: string }) =>
    call('POST', `/v1/operator/direct-bill/${org.organizationId}/reevaluate`, { token: await operator() });

  it('schedules a partner registered as direct-bill elsewhere a year out, and does not restrict it early', async () => {
    const now = await appNow();
    const org = await newOrganization({ country: 'IT' });
    await call('POST', `/v1/operator/organizations/${org.organizationId}/programs`, {
      token: await operator(),
      body: { program: 'DirectBill', partnerId: await directoryPartnerId('IT') },
    });
    const profile = (await getItem(`ORG#${org.organizationId}`, 'DIRECTBILL'))!;
    expect(profile.nextReviewDue).toBe(
      day(new Date(Date.UTC(now.getUTCFullYear() + 1, now.getUTCMonth(), now.getUTCDate()))),
    );
    expect(profile.gsi3pk).toBe('DIRECTBILL_DUE');
    // an early manual re-evaluation says what is missing and changes nothing
    const early = await reevaluate(org);
    expect(early.body).toMatchObject({ outcome: 'NotDue', nextReviewDue: profile.nextReviewDue });
    expect(early.body.reasons.length).toBeGreaterThan(0);
    expect((await getItem(`ORG#${org.organizationId}`, 'PROFILE'))!.programs.DirectBill.status).toBe('Active');
  });

  it('re-evaluates a partner once a day whoever triggers it, and re-checks a restricted one monthly without repeating the email', async () => {
    const now = await appNow();
    const org = await eligibleReseller();
    await directBillPartnerDue(org, day(now, 0));
    // no revenue in the window any more: it fails
    await removeRevenueMonths(org.organizationId, await revenueMonths(org.organizationId));
    const first = await reevaluate(org);
    expect(first.body.outcome).toBe('Restricted');
    const again = await reevaluate(org);
    expect(again.body).toMatchObject({ outcome: 'Restricted', nextReviewDue: first.body.nextReviewDue });
    const restrictedMail = (m: { subject: string }) => m.subject.includes('capabilities restricted');
    await waitForMail(org.email, restrictedMail);
    const types = async () => (await organizationEvents(org.organizationId)).map((e) => e.type);
    expect((await types()).filter((t) => t === 'DirectBillRestricted')).toHaveLength(1);

    await advanceClock(days(31));
    const recheck = await reevaluate(org);
    expect(recheck.body.outcome).toBe('Restricted');
    expect((await types()).filter((t) => t === 'DirectBillRechecked')).toHaveLength(1);
    expect((await types()).filter((t) => t === 'DirectBillRestricted')).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect((await mailTo(org.email)).filter(restrictedMail)).toHaveLength(1);
  });

  it('counts every order of the 24 months, however many: the summary for eligibility, every page for the report', async () => {
    const org = await eligibleReseller();
    const trailing = async () =>
      criterion((await call('GET', '/v1/direct-bill/eligibility', { token: org.token })).body, 'revenue').evidence
        .trailingUsd as number;
    const before = await trailing();
    const now = await appNow();
    // last month: inside the trailing window
    const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 15)).toISOString().slice(0, 7);
    const orders = 7_000;
    const padding = 'x'.repeat(120);
    const items = Array.from({ length: orders }, (_, i) => ({
      PutRequest: {
        Item: {
          pk: `ORG#${org.organizationId}`,
          sk: `REVENUE#${month}#bulk-${String(i).padStart(5, '0')}`,
          entity: 'Revenue',
          orderId: `bulk-${i}`,
          customerId: 'bulk',
          amount: 1,
          currency: 'USD',
          usd: 1,
          date: `${month}-01T00:00:00.000Z`,
          note: padding,
        },
      },
    }));
    const batches = [];
    for (let i = 0; i < items.length; i += 25) batches.push(items.slice(i, i + 25));
    for (let i = 0; i < batches.length; i += 16)
      await Promise.all(
        batches
          .slice(i, i + 16)
          .map((batch) => table.send(new BatchWriteCommand({ RequestItems: { [tableName]: batch } }))),
      );
    // what each order's transaction adds to the summary, 7,000 orders of USD 1 at once
    await addToRevenueSummary(org.organizationId, month, orders, `${month}-01T00:00:00.000Z`);
    expect((await trailing()) - before).toBe(orders);

    // the month's report: over 1 MB of items, a page at a time, all of them in the end, the total on each page
    let cursor: string | undefined;
    let listed = 0;
    let pages = 0;
    do {
      const page = await call(
        'GET',
        `/v1/revenue?month=${month}&limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        { token: org.token },
      );
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(100);
      expect(page.body.totalUsd).toBeGreaterThanOrEqual(orders);
      listed += page.body.items.filter((item: { customerId: string }) => item.customerId === 'bulk').length;
      cursor = page.body.nextCursor;
      pages += 1;
    } while (cursor);
    expect(listed).toBe(orders);
    expect(pages).toBeGreaterThanOrEqual(70);
  });

  it('adds orders placed at the same moment to the month exactly, to the cent', async () => {
    const seller = await directBillPartner();
    const customer = await customerOrganization();
    await acceptCustomer(customer, (await inviteCustomer(seller, { requestDelegatedAdmin: true })).token);
    const placed = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        call('POST', `/v1/customers/${customer.organizationId}/orders`, {
          token: seller.token,
          body: { lineItems: [{ offerId: 'M365-BUSINESS-PREMIUM', quantity: 1 + (i % 3) }] },
        }),
      ),
    );
    expect(placed.map((order) => order.status)).toEqual(placed.map(() => 201));
    const month = (await appNow()).toISOString().slice(0, 7);
    const cents = placed.reduce((sum, order) => sum + Math.round(order.body.totalUsd * 100), 0);
    const revenue = await call('GET', `/v1/revenue?month=${month}`, { token: seller.token });
    expect(revenue.body.items).toHaveLength(12);
    expect(Math.round(revenue.body.totalUsd * 100)).toBe(cents);
    expect(revenue.body.totalUsd).toBe(cents / 100);
  });
});

describe('the transition to indirect reseller', () => {
  it('is a tracked checklist: the provider accepts, billing moves, direct-bill ends', async () => {
    const now = await appNow();
    const partner = await eligibleReseller();
    await directBillPartnerDue(partner, day(now, 100));
    const provider = await activeProvider(['Europe']);
    await accept(partner, (await invite(provider, partner)).token);
    const started = await call('POST', '/v1/direct-bill/transitions', {
      token: partner.token,
      body: { providerId: provider.organizationId },
    });
    expect(started.status).toBe(201);
    expect(started.body.steps.map((s: { state: string }) => s.state)).toEqual(['Pending', 'Pending', 'Pending']);
    // the provider's acceptance is the first step: it is told
    const [told] = await waitForMail(provider.email, (m) => m.subject.includes('as its indirect provider'));
    expect(told!.text).toContain('/v1/console/indirect-resellers');
    expect(
      (
        await call('POST', '/v1/direct-bill/transitions/current/steps/CustomersBillingMoved/complete', {
          token: partner.token,
        })
      ).status,
    ).toBe(409);
    expect(
      (await call('POST', `/v1/direct-bill/transitions/${partner.organizationId}/accept`, { token: provider.token }))
        .body.steps[0].state,
    ).toBe('Done');
    await call('POST', '/v1/direct-bill/transitions/current/steps/CustomersBillingMoved/complete', {
      token: partner.token,
    });
    const done = await call('POST', '/v1/direct-bill/transitions/current/steps/DirectBillEnded/complete', {
      token: partner.token,
    });
    expect(done.body.state).toBe('Completed');
    const profile = await call('GET', '/v1/partner-profile', { token: partner.token });
    expect(profile.body.programs).toMatchObject({
      DirectBill: { status: 'Ended' },
      IndirectReseller: { status: 'Active' },
    });
    expect((await getItem(`ORG#${partner.organizationId}`, 'DIRECTBILL'))!.gsi3pk).toBeUndefined();
  });

  it('lets the provider serve the former direct-bill partner’s existing customers through a combined invitation', async () => {
    const now = await appNow();
    const partner = await eligibleReseller();
    await directBillPartnerDue(partner, day(now, 100));
    const customer = await customerOrganization();
    expect((await acceptCustomer(customer, (await inviteCustomer(partner)).token)).status).toBe(200);
    const provider = await activeProvider(['Europe']);
    await accept(partner, (await invite(provider, partner)).token);
    await call('POST', '/v1/direct-bill/transitions', {
      token: partner.token,
      body: { providerId: provider.organizationId },
    });
    await call('POST', `/v1/direct-bill/transitions/${partner.organizationId}/accept`, { token: provider.token });
    await call('POST', '/v1/direct-bill/transitions/current/steps/CustomersBillingMoved/complete', {
      token: partner.token,
    });
    await call('POST', '/v1/direct-bill/transitions/current/steps/DirectBillEnded/complete', { token: partner.token });

    const combined = await inviteCustomer(partner, { includeProviderId: provider.organizationId });
    expect((await acceptCustomer(customer, combined.token)).status).toBe(200);
    const order = await call('POST', `/v1/customers/${customer.organizationId}/orders`, {
      token: provider.token,
      body: { lineItems: [{ offerId: 'M365-BUSINESS-BASIC', quantity: 1 }] },
    });
    expect(order.status).toBe(201);
    expect(order.body.resellerOfRecord).toBe(partner.organizationId);
  });
});

describe('attestations', () => {
  it('need a global admin', async () => {
    const org = await newOrganization();
    await attest(org);
    const evaluation = (await call('GET', '/v1/direct-bill/eligibility', { token: org.token })).body;
    expect(criterion(evaluation, 'signingAuthority').evidence.attestedBy).toBe(org.userId);
  });
});
