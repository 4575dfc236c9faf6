import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { afterAll, describe, expect, it } from 'vitest';
import {
  advanceClock,
  call,
  confirmByEmail,
  eventually,
  linkToken,
  newOrganization,
  strongPassword,
  uniqueEmail,
  waitForMail,
} from '../support/api';
import { apiClient } from '../support/client';
import { directoryPartnerId, operator, seedMember } from '../support/people';

/** A webhook receiver on this machine, as an integrator's would be: it keeps what it is sent. */
async function receiver(answer: () => number = () => 200) {
  const received: { headers: Record<string, string>; body: string }[] = [];
  const server = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      received.push({ headers: request.headers as Record<string, string>, body });
      response.writeHead(answer()).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hooks/csp`, received, close: () => server.close() };
}

const closers: (() => void)[] = [];
afterAll(() => {
  for (const close of closers) close();
});

type FeedItem = { eventId: string; type: string; actor?: { kind: string }; current?: any; organizationId: string };

describe('the README walk-through, through a client generated from /v1/openapi.json', () => {
  it('enrolls to Active, and an integrator follows every step through the feed and signed webhooks alone', async () => {
    const anonymous = apiClient();
    const email = uniqueEmail('ada');
    const signUp = await anonymous.POST('/v1/sign-up', {
      body: {
        organization: { legalName: 'Contoso Italia S.r.l.', country: 'IT' },
        admin: { fullName: 'Ada Rossi', email, language: 'it' },
      },
    });
    expect(signUp.response.status).toBe(202);
    const { organizationId, userId } = await confirmByEmail(email, strongPassword);
    const signIn = await anonymous.POST('/v1/sign-in', { body: { email, password: strongPassword } });
    const ada = apiClient((signIn.data as { tokens: { accessToken: string } }).tokens.accessToken);

    // the integrator's endpoint, for every event type; the secret is shown once
    const hooks = await receiver();
    closers.push(hooks.close);
    const subscription = await ada.POST('/v1/webhook-subscriptions', {
      body: { url: hooks.url, eventTypes: ['*'], description: 'ERP' },
    });
    expect(subscription.response.status).toBe(201);
    const { secret, subscriptionId } = subscription.data!;
    expect(secret).toMatch(/^whsec_/);
    const listed = await ada.GET('/v1/webhook-subscriptions');
    expect(listed.data!.items).toEqual([expect.objectContaining({ subscriptionId, url: hooks.url })]);
    expect(JSON.stringify(listed.data)).not.toContain(secret);

    // enroll, and verify the contact's address from its email
    const contact = uniqueEmail('contact');
    const enrolled = await ada.POST('/v1/enrollments', {
      body: {
        legalProfile: {
          legalName: 'Contoso Italia S.r.l.',
          address: { line1: 'Via Roma 1', city: 'Milano', postalCode: '20121', country: 'IT' },
        },
        primaryContact: { fullName: 'Ada Rossi', email: contact, phone: '+39 02 1234 5678', language: 'it' },
        support: { email: 'support@contoso.example', phone: '+39 02 1234 5679', website: 'https://contoso.example' },
      },
    });
    expect(enrolled.response.status).toBe(201);
    if (!enrolled.data || !('enrollmentId' in enrolled.data))
      throw new Error(`not enrolled: ${enrolled.response.status}`);
    const { enrollmentId } = enrolled.data;
    const path = { path: { enrollmentId } };
    const [mail] = await waitForMail(contact);
    const verified = await anonymous.POST('/v1/email-verifications', { body: { token: linkToken(mail!) } });
    expect(verified.response.status).toBe(200);
    const underReview = await eventually('under review', async () => {
      const read = await ada.GET('/v1/enrollments/{enrollmentId}', { params: path });
      return read.data?.state === 'UnderReview' ? read : undefined;
    });

    // conditional requests: an unchanged read is 304; a stale If-Match is 412 and changes nothing
    const etag = underReview.response.headers.get('etag')!;
    expect(etag).toBe(`"${underReview.data!.version}"`);
    const unchanged = await ada.GET('/v1/enrollments/{enrollmentId}', {
      params: { ...path, header: { 'If-None-Match': etag } },
    });
    expect(unchanged.response.status).toBe(304);
    const partnerId = await directoryPartnerId('IT');
    const stale = await ada.PUT('/v1/enrollments/{enrollmentId}/partner-id', {
      params: { ...path, header: { 'If-Match': `"${underReview.data!.version - 1}"` } },
      body: { partnerId },
    });
    expect(stale.response.status).toBe(412);
    expect((stale.error as { type: string }).type).toBe('/v1/problems/precondition-failed');
    const linked = await ada.PUT('/v1/enrollments/{enrollmentId}/partner-id', {
      params: { ...path, header: { 'If-Match': etag } },
      body: { partnerId },
    });
    expect(linked.data).toMatchObject({ partnerId });

    // the operator approves; a global admin signs; the organization is Active
    const op = apiClient(await operator());
    const approved = await op.POST('/v1/operator/enrollments/{enrollmentId}/review', {
      params: path,
      body: { decision: 'Approve' },
    });
    expect(approved.response.status).toBe(200);
    await eventually('awaiting signature', async () => {
      const read = await ada.GET('/v1/enrollments/{enrollmentId}', { params: path });
      return read.data?.waiting?.step === 'Signature' || undefined;
    });
    const signed = await ada.POST('/v1/enrollments/{enrollmentId}/agreement-signature', {
      params: path,
      body: { agreementType: 'PartnerAgreement', agreementVersion: '2026-01', accept: true },
    });
    expect(signed.response.status).toBe(201);
    await eventually('active', async () => {
      const read = await ada.GET('/v1/enrollments/{enrollmentId}', { params: path });
      return read.data?.state === 'Active' || undefined;
    });

    // the feed: every step, oldest first, each with who made it and the enrollment as it is now
    const feed: FeedItem[] = [];
    let cursor: string | undefined;
    await eventually('the activation in the feed', async () => {
      for (;;) {
        const page = await ada.GET('/v1/event-feed', { params: { query: { limit: 10, cursor } } });
        feed.push(...(page.data!.items as FeedItem[]));
        if (page.data!.nextCursor === cursor || page.data!.items.length === 0) break;
        cursor = page.data!.nextCursor;
      }
      return feed.some((item) => item.type === 'EnrollmentActivated') || undefined;
    });
    const types = feed.map((item) => item.type);
    const steps = [
      'OrganizationCreated',
      'WebhookSubscriptionCreated',
      'EnrollmentStarted',
      'EmailOwnershipVerified',
      'EnrollmentUnderReview',
      'PartnerIdLinked',
      'EnrollmentReviewed',
      'AgreementSigned',
      'EnrollmentActivated',
    ];
    expect(types.filter((type) => steps.includes(type))).toEqual(steps);
    expect(new Set(feed.map((item) => item.eventId)).size).toBe(feed.length);
    const byType = (type: string) => feed.find((item) => item.type === type)!;
    expect(byType('EnrollmentStarted').actor).toMatchObject({ kind: 'user', userId });
    expect(byType('EmailOwnershipVerified').actor).toMatchObject({ kind: 'public' });
    expect(byType('EnrollmentReviewed').actor).toMatchObject({ kind: 'user', operationId: 'reviewEnrollment' });
    expect(byType('EnrollmentActivated').current).toMatchObject({ enrollmentId, state: 'Active' });
    expect(feed.every((item) => item.organizationId === organizationId)).toBe(true);
    // a reader that kept its cursor gets nothing new, and no internal plumbing ever shows
    const after = await ada.GET('/v1/event-feed', { params: { query: { cursor } } });
    expect(after.data!.items.filter((i) => !['WebhookDeliveryDue'].includes(i.type)).length).toBeLessThanOrEqual(1);
    expect(types).not.toContain('WebhookDeliveryDue');

    // the webhooks: the same steps, each signed with the secret (Standard Webhooks), webhook-id the event id
    const verifier = new Webhook(secret);
    const delivered = await eventually('the activation delivered', async () => {
      const events = hooks.received.map((r) => verifier.verify(r.body, r.headers) as { type: string; data: FeedItem });
      return events.some((e) => e.type === 'EnrollmentActivated') ? events : undefined;
    });
    const hookTypes = delivered.map((event) => event.type);
    for (const step of steps.slice(2)) expect(hookTypes).toContain(step);
    const tampered = { ...hooks.received[0]!, body: hooks.received[0]!.body.replace('"type"', '"typo"') };
    expect(() => verifier.verify(tampered.body, tampered.headers)).toThrow();
    for (const hook of hooks.received) expect(hook.headers['webhook-id']).toBe(JSON.parse(hook.body).data.eventId);

    // the delivery log shows each one delivered; a redelivery sends the same event, with the same id, again
    const log = await ada.GET('/v1/webhook-subscriptions/{subscriptionId}/deliveries', {
      params: { path: { subscriptionId }, query: { limit: 100 } },
    });
    const activation = log.data!.items.find((d) => d.eventType === 'EnrollmentActivated')!;
    expect(activation).toMatchObject({ status: 'Delivered', attempts: 1, lastResponseStatus: 200 });
    const before = hooks.received.length;
    const again = await ada.POST('/v1/webhook-subscriptions/{subscriptionId}/deliveries/{eventId}/redeliver', {
      params: { path: { subscriptionId, eventId: activation.eventId } },
    });
    expect(again.response.status).toBe(202);
    await eventually('redelivered', async () => hooks.received.length > before || undefined);
    expect(hooks.received.at(-1)!.headers['webhook-id']).toBe(activation.eventId);

    // the audit history holds every step with its actor, newest first
    const history = await ada.GET('/v1/audit-events', { params: { query: { limit: 100 } } });
    const audited = history.data!.items;
    for (const step of steps) expect(audited.map((e) => e.type)).toContain(step);
    expect(audited.find((e) => e.type === 'AgreementSigned')!.actor).toMatchObject({ kind: 'user', userId });
  });
});

describe('webhooks when things go wrong', () => {
  it('retries a failing endpoint with backoff until it answers, and logs each attempt', async () => {
    const admin = await newOrganization();
    let failures = 2;
    const hooks = await receiver(() => (failures-- > 0 ? 503 : 204));
    closers.push(hooks.close);
    const client = apiClient(admin.token);
    const created = await client.POST('/v1/webhook-subscriptions', {
      body: { url: hooks.url, eventTypes: ['PartnerUserAdded'] },
    });
    const { subscriptionId } = created.data!;
    await seedMember(admin, { agentRole: 'SalesAgent', adminRole: 'NotAnAdmin' });
    const log = async () =>
      (
        await client.GET('/v1/webhook-subscriptions/{subscriptionId}/deliveries', {
          params: { path: { subscriptionId } },
        })
      ).data!.items;
    const failing = await eventually('the first attempt failed', async () => {
      const [delivery] = await log();
      return delivery?.status === 'Failing' ? delivery : undefined;
    });
    expect(failing).toMatchObject({ eventType: 'PartnerUserAdded', attempts: 1, lastResponseStatus: 503 });
    // the outbox retries it (10 s, then 20 s: the sweeper finds it due)
    for (let i = 0; i < 3 && (await log())[0]!.status !== 'Delivered'; i++) {
      await advanceClock(60_000);
      await call('POST', '/__local/jobs/sweepEffects');
    }
    const [delivered] = await log();
    expect(delivered).toMatchObject({ status: 'Delivered', attempts: 3, lastResponseStatus: 204 });
    expect(delivered!.lastError).toBeUndefined();
    expect(hooks.received.map((r) => r.headers['webhook-id'])).toEqual(Array(3).fill(delivered!.eventId));
    // only the types asked for were sent
    expect(hooks.received.every((r) => JSON.parse(r.body).type === 'PartnerUserAdded')).toBe(true);
  });

  it('keeps each organization’s endpoints, deliveries and feed to itself, and refuses private endpoints', async () => {
    const owner = await newOrganization();
    const other = await newOrganization();
    const mine = apiClient(owner.token);
    const theirs = apiClient(other.token);
    const hooks = await receiver();
    closers.push(hooks.close);
    const { subscriptionId } = (
      await mine.POST('/v1/webhook-subscriptions', { body: { url: hooks.url, eventTypes: ['*'] } })
    ).data!;
    const params = { params: { path: { subscriptionId } } };
    expect((await theirs.GET('/v1/webhook-subscriptions')).data!.items).toEqual([]);
    expect((await theirs.GET('/v1/webhook-subscriptions/{subscriptionId}/deliveries', params)).response.status).toBe(
      404,
    );
    expect((await theirs.DELETE('/v1/webhook-subscriptions/{subscriptionId}', params)).response.status).toBe(404);
    const ownEvent = (await mine.GET('/v1/audit-events', { params: { query: { limit: 1 } } })).data!.items[0]!;
    const redeliver = await theirs.POST('/v1/webhook-subscriptions/{subscriptionId}/deliveries/{eventId}/redeliver', {
      params: { path: { subscriptionId, eventId: ownEvent.eventId } },
    });
    expect(redeliver.response.status).toBe(404);
    // the other organization's feed holds none of the owner's events, and the owner's cursor is not its own
    const ownFeed = await eventually('the owner’s feed', async () => {
      const page = await mine.GET('/v1/event-feed', {});
      return page.data!.items.length ? page.data! : undefined;
    });
    const otherFeed = (await theirs.GET('/v1/event-feed', { params: { query: { limit: 100 } } })).data!;
    expect(otherFeed.items.map((i) => i.eventId)).not.toContain(ownFeed.items[0]!.eventId);
    const foreign = await theirs.GET('/v1/event-feed', { params: { query: { cursor: ownFeed.nextCursor } } });
    expect(foreign.response.status).toBe(422);
    // a sales agent may read neither
    const agent = await seedMember(owner, { agentRole: 'SalesAgent', adminRole: 'NotAnAdmin' });
    expect((await apiClient(agent.token).GET('/v1/event-feed', {})).response.status).toBe(403);
    expect((await apiClient(agent.token).GET('/v1/webhook-subscriptions')).response.status).toBe(403);
    // endpoints inside a private network are refused, naming the field, even on the local stack
    const refused = await mine.POST('/v1/webhook-subscriptions', {
      body: { url: 'https://10.0.0.5/hook', eventTypes: ['*'] },
    });
    expect(refused.response.status).toBe(422);
    expect((refused.error as { errors: { field: string }[] }).errors[0]!.field).toBe('url');
    // deleting stops the deliveries
    expect((await mine.DELETE('/v1/webhook-subscriptions/{subscriptionId}', params)).response.status).toBe(204);
    expect((await mine.GET('/v1/webhook-subscriptions')).data!.items).toEqual([]);
  });
});
