import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import {
  advanceClock,
  call,
  days,
  eventually,
  executions,
  getItem,
  metricGrowth,
  newOrganization,
  publishedMetrics,
  table,
  tableName,
  waitForMail,
} from '../support/api';
import { directoryPartnerId, operator, seedMember } from '../support/people';
import { enrollToReview, execution, review, sign, waitForState } from '../support/timeline';

describe('the verification-and-signing timeline', () => {
  it('takes an organization from sign-up to Active, and counts each step in the business metrics', async () => {
    const before = await publishedMetrics();
    const org = await newOrganization({ country: 'IT' });
    const partnerId = await directoryPartnerId('IT');
    const { enrollment, contactEmail } = await enrollToReview(org, { partnerId, language: 'it' });
    const id = enrollment.enrollmentId;

    const underReview = await waitForState(org, id, 'UnderReview', 'Review');
    expect(underReview.checks).toMatchObject({
      emailDomain: { status: 'Passed' },
      partnerId: { status: 'Valid' },
      businessProfile: { status: 'Passed' },
    });
    expect(underReview.review.dueAt).toBeTruthy();

    const approved = await review(id, { decision: 'Approve' });
    expect(approved.status).toBe(200);
    const [approval] = await waitForMail(contactEmail, (mail) => mail.subject.includes('approvata'));
    expect(approval!.text).toContain('firmare il contratto');

    const agreement = await call('GET', '/v1/agreements/PartnerAgreement/versions/current?lang=it', {
      token: org.token,
    });
    expect(agreement.body).toMatchObject({
      version: '2026-01',
      current: true,
      language: 'it',
      title: 'Contratto per i partner cloud',
    });

    await waitForState(org, id, 'AwaitingSignature', 'Signature');
    const signed = await sign(org, id);
    expect(signed.status).toBe(201);
    expect(signed.body).toMatchObject({
      agreementType: 'PartnerAgreement',
      agreementVersion: '2026-01',
      signerId: org.userId,
      signerEmail: org.email,
      userAgent: 'timeline-test/1.0',
    });
    expect(signed.body.ipAddress).toBeTruthy();

    const active = await waitForState(org, id, 'Active');
    expect(active).toMatchObject({ vettingStatus: 'Authorized', agreement: { signerId: org.userId } });
    const profile = await call('GET', '/v1/partner-profile', { token: org.token });
    expect(profile.body.programs.IndirectReseller.status).toBe('Active');
    expect(profile.body.partnerId).toBe(partnerId);
    expect(profile.body.agreements).toHaveLength(1);
    expect((await getItem(`USER#${org.userId}`, 'PROFILE'))!.agentRole).toBe('AdminAgent');
    await waitForMail(contactEmail, (mail) => mail.subject.startsWith('Benvenuto'));
    expect((await execution(id))!.status).toBe('SUCCEEDED');
    expect((await sign(org, id)).status).toBe(409);
    // what the dashboard's enrollment funnel shows: each step a person took counted once (this file is alone on
    // its stack; the steps the workflow takes by itself may also come from another file's timeline still running)
    const growth = metricGrowth(before, await publishedMetrics());
    for (const step of ['EnrollmentStarted', 'EmailOwnershipVerified', 'EnrollmentReviewed', 'AgreementSigned'])
      expect(growth[step], step).toBe(1);
    expect(growth.EnrollmentUnderReview).toBeGreaterThanOrEqual(1);
    expect(growth.EnrollmentActivated).toBeGreaterThanOrEqual(1);
    expect(growth.EmailsSent).toBeGreaterThanOrEqual(3); // verification, approval, welcome
    expect(growth.EmailsFailed ?? 0).toBe(0);
  });

  it('activates when the user who enrolled was removed: the signer becomes admin agent', async () => {
    const org = await newOrganization();
    const { enrollment } = await enrollToReview(org, { partnerId: await directoryPartnerId('IT') });
    const id = enrollment.enrollmentId;
    const second = await seedMember(org, { agentRole: 'NotAnAgent', adminRole: 'GlobalAdmin' });
    expect((await call('DELETE', `/v1/users/${org.userId}`, { token: second.token })).status).toBe(204);
    await review(id, { decision: 'Approve' });
    await waitForState(second, id, 'AwaitingSignature', 'Signature');
    const signed = await sign(second, id);
    expect(signed.status, signed.text).toBe(201);
    await waitForState(second, id, 'Active');
    expect((await getItem(`USER#${second.userId}`, 'PROFILE'))!.agentRole).toBe('AdminAgent');
  });

  it('ends a rejected enrollment and tells the contact why', async () => {
    const org = await newOrganization();
    const { enrollment, contactEmail } = await enrollToReview(org);
    const noReason = await review(enrollment.enrollmentId, { decision: 'Reject' });
    expect(noReason.status).toBe(422);
    expect(noReason.body.errors[0].field).toBe('reason');
    const rejected = await review(enrollment.enrollmentId, {
      decision: 'Reject',
      reason: 'The legal name does not match the business registry.',
    });
    expect(rejected.status).toBe(200);
    expect(rejected.body).toMatchObject({ state: 'Rejected', vettingStatus: 'Rejected' });
    const [mail] = await waitForMail(contactEmail, (m) => m.subject.includes('not approved'));
    expect(mail!.text).toContain('The legal name does not match the business registry.');
    await eventually(
      'execution to end',
      async () => (await execution(enrollment.enrollmentId))?.status === 'SUCCEEDED',
    );
    const again = await review(enrollment.enrollmentId, { decision: 'Approve' });
    expect(again.status).toBe(409);
    expect(again.body.enrollmentState).toBe('Rejected');
  });

  it('asks for more information, takes the answer, and resumes the review', async () => {
    const org = await newOrganization();
    const { enrollment, contactEmail } = await enrollToReview(org);
    const id = enrollment.enrollmentId;
    const early = await call('POST', `/v1/enrollments/${id}/inquiry-response`, {
      token: org.token,
      body: { answer: 'Nobody asked yet.' },
    });
    expect(early.status).toBe(409);
    expect(early.body.enrollmentState).toBe('UnderReview');

    expect(
      (await review(id, { decision: 'RequestInformation', question: 'Please send your VAT registration number.' }))
        .status,
    ).toBe(200);
    await waitForMail(contactEmail, (m) => m.text.includes('Please send your VAT registration number.'));
    await waitForState(org, id, 'InformationRequested', 'InquiryResponse');
    const answered = await call('POST', `/v1/enrollments/${id}/inquiry-response`, {
      token: org.token,
      body: { answer: 'IT12345678901' },
    });
    expect(answered.status).toBe(200);
    const back = await waitForState(org, id, 'UnderReview', 'Review');
    expect(back.review.answer).toBe('IT12345678901');
    expect((await review(id, { decision: 'Approve' })).status).toBe(200);
    await waitForState(org, id, 'AwaitingSignature', 'Signature');
  });

  it('marks a review delayed after 5 business days, alerts operators, and still lets it complete', async () => {
    const org = await newOrganization({ country: 'ES' });
    const { enrollment, contactEmail } = await enrollToReview(org, { language: 'es', country: 'ES' });
    await advanceClock(days(8));
    const delayed = await eventually('the review to be delayed', async () => {
      const view = (await call('GET', `/v1/enrollments/${enrollment.enrollmentId}`, { token: org.token })).body;
      return view.review?.delayed && view.waiting?.step === 'Review' ? view : undefined;
    });
    expect(delayed.state).toBe('UnderReview');
    await waitForMail(contactEmail, (m) => m.subject.includes('está tardando más'));
    await waitForMail('operations@csp-partner.local', (m) => m.text.includes(enrollment.enrollmentId));
    expect((await review(enrollment.enrollmentId, { decision: 'Approve' })).status).toBe(200);
    await waitForState(org, enrollment.enrollmentId, 'AwaitingSignature', 'Signature');
  });

  it('lets exactly one of two concurrent decisions land', async () => {
    const org = await newOrganization();
    const { enrollment } = await enrollToReview(org);
    const [a, b] = await Promise.all([
      review(enrollment.enrollmentId, { decision: 'Approve' }),
      review(enrollment.enrollmentId, { decision: 'Reject', reason: 'Duplicate account.' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const winner = a.status === 200 ? a : b;
    const stored = await getItem(`ORG#${org.organizationId}`, 'ENROLLMENT#IndirectReseller');
    expect(stored!.state).toMatch(winner.body.state === 'Approved' ? /^(Approved|AwaitingSignature)$/ : /^Rejected$/);
  });
});

describe('the partner agreement', () => {
  it('cannot be signed before approval, by a non-global-admin, without a valid PartnerID, or in an old version', async () => {
    const org = await newOrganization({ country: 'IT' });
    const { enrollment } = await enrollToReview(org);
    const id = enrollment.enrollmentId;
    const early = await sign(org, id);
    expect(early.status).toBe(409);
    expect(early.body.enrollmentState).toBe('UnderReview');

    await review(id, { decision: 'Approve' });
    await waitForState(org, id, 'AwaitingSignature', 'Signature');
    const agent = await seedMember(org, { agentRole: 'AdminAgent', adminRole: 'UserManagementAdmin' });
    const forbidden = await sign(agent, id);
    expect(forbidden.status).toBe(403);
    expect(forbidden.body).toMatchObject({ missingPermission: 'agreement:sign', grantedBy: ['GlobalAdmin'] });

    const noPartnerId = await sign(org, id);
    expect(noPartnerId.status).toBe(409);
    expect(noPartnerId.body.missing).toBe('partnerId');

    const unknown = await call('PUT', `/v1/enrollments/${id}/partner-id`, {
      token: org.token,
      body: { partnerId: '9999999999' },
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors[0]).toMatchObject({ field: 'partnerId', message: 'is not in the partner directory' });
    const spanish = await call('PUT', `/v1/enrollments/${id}/partner-id`, {
      token: org.token,
      body: { partnerId: await directoryPartnerId('ES') },
    });
    expect(spanish.body.errors[0].message).toContain('another country');
    const inactive = await call('PUT', `/v1/enrollments/${id}/partner-id`, {
      token: org.token,
      body: { partnerId: await directoryPartnerId('IT', 'Inactive') },
    });
    expect(inactive.body.errors[0].message).toContain('not active');
    const linked = await call('PUT', `/v1/enrollments/${id}/partner-id`, {
      token: org.token,
      body: { partnerId: await directoryPartnerId('IT') },
    });
    expect(linked.status).toBe(200);
    expect(linked.body.checks.partnerId.status).toBe('Valid');

    const oldVersion = await sign(org, id, '2019-01');
    expect(oldVersion.status).toBe(422);
    expect(oldVersion.body.errors[0].field).toBe('agreementVersion');
    expect((await sign(org, id)).status).toBe(201);
    await waitForState(org, id, 'Active');
  });

  it('sends reminders every 7 days, expires after 30, and can be resumed to Active', async () => {
    const org = await newOrganization({ country: 'IT' });
    const { enrollment, contactEmail } = await enrollToReview(org, { partnerId: await directoryPartnerId('IT') });
    const id = enrollment.enrollmentId;
    await review(id, { decision: 'Approve' });
    await waitForState(org, id, 'AwaitingSignature', 'Signature');
    for (let reminder = 1; reminder <= 4; reminder += 1) {
      await advanceClock(days(7) + 1000);
      await eventually(`reminder ${reminder}`, async () => {
        const view = (await call('GET', `/v1/enrollments/${id}`, { token: org.token })).body;
        return view.signatureReminders === reminder && view.waiting?.step === 'Signature';
      });
    }
    expect(await waitForMail(contactEmail, (m) => m.subject.startsWith('Reminder'), 4)).toHaveLength(4);
    await advanceClock(days(2) + 1000);
    const expired = await waitForState(org, id, 'AgreementExpired');
    expect(expired.stoppedIn).toBe('AwaitingSignature');
    await waitForMail(contactEmail, (m) => m.text.includes('not signed within 30 days'));
    expect((await sign(org, id)).status).toBe(409);

    const resumed = await call('POST', `/v1/enrollments/${id}/resume`, { token: org.token });
    expect(resumed.status).toBe(202);
    await waitForState(org, id, 'AwaitingSignature', 'Signature');
    expect((await execution(`${id}-2`))?.status).toBe('RUNNING');
    expect((await sign(org, id)).status).toBe(201);
    await waitForState(org, id, 'Active');
    expect((await call('POST', `/v1/enrollments/${id}/resume`, { token: org.token })).status).toBe(409);
  });
});

describe('robustness', () => {
  it('restarts a lost workflow execution from the stored state', async () => {
    const org = await newOrganization();
    const { enrollment } = await enrollToReview(org);
    const id = enrollment.enrollmentId;
    const lost = await call('POST', '/__local/executions/lose', {
      body: { executionArn: `arn:aws:states:us-east-1:000000000000:execution:EnrollmentTimeline:${id}` },
    });
    expect(lost.body.lost).toBe(true);
    await advanceClock(6 * 60 * 1000);
    const summary = (await call('POST', '/__local/jobs/reconcileEnrollments')).body;
    expect(summary.restarted).toContain(id);
    await eventually(
      'the new execution to wait for the review',
      async () => (await execution(`${id}-2`))?.waitingIn === 'AwaitReview',
    );
    const again = (await call('POST', '/__local/jobs/reconcileEnrollments')).body;
    expect(again.restarted).not.toContain(id);
    expect((await review(id, { decision: 'Approve' })).status).toBe(200);
    await waitForState(org, id, 'AwaitingSignature', 'Signature');
  });

  it('resumes a timeline that failed (a step met an outage) without a person, where it stopped', async () => {
    const org = await newOrganization();
    const { enrollment } = await enrollToReview(org);
    const id = enrollment.enrollmentId;
    await call('POST', '/__local/executions/lose', {
      body: { executionArn: `arn:aws:states:us-east-1:000000000000:execution:EnrollmentTimeline:${id}` },
    });
    // as the workflow's failure catch leaves it: Failed, stopped in the review
    const item = (await getItem(`ORG#${org.organizationId}`, 'ENROLLMENT#IndirectReseller'))!;
    await table.send(
      new PutCommand({
        TableName: tableName,
        Item: { ...item, state: 'Failed', stoppedIn: 'UnderReview', gsi2pk: 'ENROLLMENTS#Failed', waiting: undefined },
      }),
    );
    const early = (await call('POST', '/__local/jobs/reconcileEnrollments')).body;
    expect(early.resumed).not.toContain(id); // not at once: the outage may still last
    await advanceClock(6 * 60 * 1000);
    const summary = (await call('POST', '/__local/jobs/reconcileEnrollments')).body;
    expect(summary.resumed).toContain(id);
    await waitForState(org, id, 'UnderReview', 'Review');
    expect((await review(id, { decision: 'Approve' })).status).toBe(200);
    await waitForState(org, id, 'AwaitingSignature', 'Signature');
  });

  it('makes an organization already active in another program a reseller with support details only', async () => {
    const org = await newOrganization({ country: 'ES' });
    const registered = await call('POST', `/v1/operator/organizations/${org.organizationId}/programs`, {
      token: await operator(),
      body: { program: 'IndirectProvider', partnerId: await directoryPartnerId('ES') },
    });
    expect(registered.status).toBe(200);
    const response = await call('POST', '/v1/enrollments', {
      token: org.token,
      body: {
        support: { email: 'help@fabrikam.example', phone: '+34 91 123 4567', website: 'https://fabrikam.example' },
      },
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ state: 'Active', vettingStatus: 'Authorized' });
    const profile = await call('GET', '/v1/partner-profile', { token: org.token });
    expect(profile.body.programs).toMatchObject({
      IndirectProvider: { status: 'Active' },
      IndirectReseller: { status: 'Active' },
    });
    expect((await executions()).some((e) => e.name === response.body.enrollmentId)).toBe(false);
  });

  it('requires the full profile from an organization that is not yet a partner', async () => {
    const org = await newOrganization();
    const response = await call('POST', '/v1/enrollments', {
      token: org.token,
      body: {
        support: { email: 'help@contoso.example', phone: '+39 02 1234 5678', website: 'https://contoso.example' },
      },
    });
    expect(response.status).toBe(422);
    expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual(['legalProfile', 'primaryContact']);
  });

  it('keeps operator operations away from partner users, with a denial that names the permission', async () => {
    const org = await newOrganization();
    const response = await call('GET', '/v1/operator/enrollments', { token: org.token });
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ missingPermission: 'operator:review', grantedBy: ['ProgramOperator'] });
  });

  it('lists the review queue oldest first with opaque cursors', async () => {
    const first = await call('GET', '/v1/operator/enrollments?state=UnderReview&limit=1', { token: await operator() });
    expect(first.status).toBe(200);
    expect(first.body.items.length).toBeLessThanOrEqual(1);
    const bad = await call('GET', '/v1/operator/enrollments?cursor=bm90LWEtY3Vyc29y', { token: await operator() });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].field).toBe('cursor');
  });
});
