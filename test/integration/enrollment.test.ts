import { describe, expect, it } from 'vitest';
import {
  advanceClock,
  call,
  days,
  eventually,
  executions,
  getItem,
  linkToken,
  mailTo,
  newOrganization,
  organizationEvents,
  uniqueEmail,
  waitForMail,
} from '../support/api';
import { enrollmentBody, startEnrollment } from '../support/enrollment';
import { seedMember } from '../support/people';
import { enrollToReview, review } from '../support/timeline';

describe('createEnrollment', () => {
  it.each([
    'ada@gmail.com',
    'ada@googlemail.com',
    'ada@hotmail.it',
    'ada@yahoo.co.uk',
    'ada@me.com',
    'ada@outlook.es',
    'ada@live.com.mx',
    'ada@aol.de',
  ])('rejects the webmail primary contact %s with 422 naming the field, and writes nothing', async (email) => {
    const org = await newOrganization();
    const response = await call('POST', '/v1/enrollments', {
      token: org.token,
      body: enrollmentBody({ contactEmail: email }),
    });
    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(response.body.errors).toEqual([expect.objectContaining({ in: 'body', field: 'primaryContact.email' })]);
    expect(await getItem(`ORG#${org.organizationId}`, 'ENROLLMENT#IndirectReseller')).toBeUndefined();
  });

  it('rejects a legal address outside the organization’s country', async () => {
    const org = await newOrganization({ country: 'IT' });
    const response = await call('POST', '/v1/enrollments', {
      token: org.token,
      body: enrollmentBody({ country: 'ES' }),
    });
    expect(response.status).toBe(422);
    expect(response.body.errors[0].field).toBe('legalProfile.address.country');
  });

  it('allows one enrollment per organization, and a second attempt is told which one exists', async () => {
    const org = await newOrganization();
    const { enrollment } = await startEnrollment(org);
    const again = await call('POST', '/v1/enrollments', { token: org.token, body: enrollmentBody() });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ enrollmentId: enrollment.enrollmentId, state: 'EmailVerificationPending' });
    expect(again.body.detail).toContain('getCurrentEnrollment');
    const stored = await getItem(`ORG#${org.organizationId}`, 'ENROLLMENT#IndirectReseller');
    expect(stored!.enrollmentId).toBe(enrollment.enrollmentId);
  });

  it('lets any admin of the organization find its enrollment without knowing its id (getCurrentEnrollment)', async () => {
    const org = await newOrganization();
    expect((await call('GET', '/v1/enrollments/current', { token: org.token })).status).toBe(404);
    const { enrollment } = await startEnrollment(org);
    const other = await seedMember(org, { agentRole: 'AdminAgent', adminRole: 'GlobalAdmin' }, 'Other Admin');
    const found = await call('GET', '/v1/enrollments/current', { token: other.token });
    expect(found.status).toBe(200);
    expect(found.body).toMatchObject({ enrollmentId: enrollment.enrollmentId, state: 'EmailVerificationPending' });
    expect(found.body.primaryContact).toBeDefined();
    // a helpdesk agent follows the timeline without the partner profile
    const helpdesk = await seedMember(org, { agentRole: 'HelpdeskAgent', adminRole: 'NotAnAdmin' }, 'Help Desk');
    const seen = await call('GET', '/v1/enrollments/current', { token: helpdesk.token });
    if (seen.status === 200) {
      expect(seen.body.enrollmentId).toBe(enrollment.enrollmentId);
      expect(seen.body.primaryContact).toBeUndefined();
      expect(seen.body.legalProfile).toBeUndefined();
    } else expect(seen.status).toBe(403);
    // another organization has its own (none)
    const stranger = await newOrganization();
    expect((await call('GET', '/v1/enrollments/current', { token: stranger.token })).status).toBe(404);
  });

  it('starts one workflow execution named after the enrollment, waiting for email ownership', async () => {
    const org = await newOrganization();
    const { enrollment } = await startEnrollment(org);
    expect(enrollment).toMatchObject({
      state: 'EmailVerificationPending',
      vettingStatus: 'Pending',
      vettingSubStatus: 'EmailOwnership',
    });
    const execution = await eventually('execution', async () =>
      (await executions()).find((e) => e.name === enrollment.enrollmentId),
    );
    expect(execution.status).toBe('RUNNING');
    expect(execution.waitingIn).toBe('RequestEmailOwnership');
    const started = (await organizationEvents(org.organizationId)).filter(
      (event) => event.type === 'EnrollmentStarted',
    );
    expect(started).toHaveLength(1);
  });

  it('requires a signed-in caller', async () => {
    const response = await call('POST', '/v1/enrollments', { body: enrollmentBody() });
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
  });
});

describe('email ownership verification', () => {
  it('emails a personalized link in the contact’s language, and stores only the token’s hash', async () => {
    const org = await newOrganization();
    const { token, mail, enrollment } = await startEnrollment(org, { language: 'es' });
    expect(mail.subject).toMatch(/^Verifica tu dirección de correo electrónico/);
    expect(mail.html).toContain('/v1/pages/email-verification?token=');
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    const { createHash } = await import('node:crypto');
    const stored = await getItem(`TOKEN#${createHash('sha256').update(token).digest('hex')}`, 'TOKEN');
    expect(stored).toMatchObject({ purpose: 'EmailOwnership', enrollmentId: enrollment.enrollmentId });
    expect(JSON.stringify(stored)).not.toContain(token);
  });

  it('shows a page that changes nothing until the person confirms', async () => {
    const org = await newOrganization({ legalName: 'Northwind <Traders>' });
    const { token, contactEmail } = await startEnrollment(org, { language: 'it' });
    const page = await call('GET', `/v1/pages/email-verification?token=${token}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(page.text).toContain('Verifica il tuo indirizzo email');
    expect(page.text).toContain('Northwind &lt;Traders&gt;');
    expect(page.text).toContain(contactEmail);
    const stillPending = await call(
      'GET',
      `/v1/enrollments/${(await getItem(`ORG#${org.organizationId}`, 'ENROLLMENT#IndirectReseller'))!.enrollmentId}`,
      { token: org.token },
    );
    expect(stillPending.body.vettingSubStatus).toBe('EmailOwnership');
  });

  it('verifies the address, resumes the workflow and moves the sub-status on', async () => {
    const org = await newOrganization();
    const { token, enrollment, contactEmail } = await startEnrollment(org);
    const confirmed = await call('POST', '/v1/email-verifications', { body: { token } });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toEqual({ status: 'Verified', email: contactEmail });

    const execution = await eventually('the workflow to wait for the review', async () => {
      const found = (await executions()).find((e) => e.name === enrollment.enrollmentId);
      return found?.waitingIn === 'AwaitReview' ? found : undefined;
    });
    expect(execution.status).toBe('RUNNING');
    const view = await call('GET', `/v1/enrollments/${enrollment.enrollmentId}`, { token: org.token });
    expect(view.body).toMatchObject({
      state: 'UnderReview',
      vettingStatus: 'Pending',
      vettingSubStatus: 'BusinessVerification',
    });
    expect(view.body.emailVerifiedAt).toBeTruthy();
    expect(view.body.checks.emailDomain.status).toBe('Passed');
    expect(view.body.waiting.step).toBe('Review');
    const [underReview] = await waitForMail(contactEmail, (mail) => mail.subject.startsWith('We are reviewing'));
    expect(underReview!.text).toContain('3 to 5 business days');
  });

  it('confirms from the page’s form and answers with a page in the page’s language', async () => {
    const org = await newOrganization();
    const { token } = await startEnrollment(org, { language: 'it' });
    const form = (csrf: string, cookie: string) =>
      call('POST', '/v1/email-verifications', {
        raw: new URLSearchParams({ token, lang: 'it', csrf }).toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
      });
    const forged = await form('A'.repeat(43), 'csp_csrf=' + 'B'.repeat(43));
    expect(forged.status).toBe(403);
    const page = await call('GET', `/v1/pages/email-verification?token=${token}`);
    const cookie = page.headers.get('set-cookie')!.split(';')[0]!;
    const csrf = /name="csrf" value="([\w-]+)"/.exec(page.text)![1]!;
    const response = await form(csrf, cookie);
    expect(response.status).toBe(200);
    expect(response.text).toContain('Indirizzo email verificato');
  });

  it('gives the same 410 for a reused, an unknown and an expired link', async () => {
    const org = await newOrganization();
    const { token } = await startEnrollment(org);
    expect((await call('POST', '/v1/email-verifications', { body: { token } })).status).toBe(200);
    const reused = await call('POST', '/v1/email-verifications', { body: { token } });
    const unknown = await call('POST', '/v1/email-verifications', { body: { token: 'A'.repeat(43) } });

    const other = await newOrganization();
    const { token: expiring } = await startEnrollment(other);
    await advanceClock(days(7) + 60_000);
    const expired = await call('POST', '/v1/email-verifications', { body: { token: expiring } });

    for (const response of [reused, unknown, expired]) {
      expect(response.status).toBe(410);
      expect(response.body.type).toBe('/v1/problems/invalid-link');
      expect(response.body.detail).toBe(reused.body.detail);
    }
    const page = await call('GET', `/v1/pages/email-verification?token=${expiring}`);
    expect(page.status).toBe(410);
  });

  it('records an expired verification when the link’s lifetime passes unanswered', async () => {
    const org = await newOrganization();
    const { enrollment } = await startEnrollment(org);
    await advanceClock(days(7) + 60_000);
    const view = await eventually('enrollment to expire', async () => {
      const response = await call('GET', `/v1/enrollments/${enrollment.enrollmentId}`, { token: org.token });
      return response.body.state === 'EmailVerificationExpired' ? response.body : undefined;
    });
    expect(view.vettingSubStatus).toBe('Other');
    const execution = (await executions()).find((e) => e.name === enrollment.enrollmentId);
    expect(execution?.status).toBe('SUCCEEDED');
  });

  it('never shows one organization’s enrollment to another', async () => {
    const owner = await newOrganization();
    const stranger = await newOrganization();
    const { enrollment } = await startEnrollment(owner);
    const response = await call('GET', `/v1/enrollments/${enrollment.enrollmentId}`, { token: stranger.token });
    expect(response.status).toBe(404);
    expect(response.text).not.toContain(owner.organizationId);
  });

  it('sends nothing to a contact whose enrollment was refused', async () => {
    const org = await newOrganization();
    const email = uniqueEmail('refused', 'gmail.com');
    await call('POST', '/v1/enrollments', { token: org.token, body: enrollmentBody({ contactEmail: email }) });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await mailTo(email)).toHaveLength(0);
  });
});

describe('who reads the partner profile', () => {
  it('gives a helpdesk agent the timeline without the legal profile, contacts or support details', async () => {
    const org = await newOrganization();
    const { enrollment } = await startEnrollment(org);
    const helpdesk = await seedMember(org, { agentRole: 'HelpdeskAgent', adminRole: 'NotAnAdmin' });
    const seenByHelpdesk = await call('GET', `/v1/enrollments/${enrollment.enrollmentId}`, { token: helpdesk.token });
    expect(seenByHelpdesk.status).toBe(200);
    expect(seenByHelpdesk.body.state).toBe('EmailVerificationPending');
    for (const field of ['legalProfile', 'primaryContact', 'support', 'agreement']) {
      expect(seenByHelpdesk.body, field).not.toHaveProperty(field);
    }
    expect(seenByHelpdesk.text).not.toContain(enrollmentBody().primaryContact.phone);
    const seenByAdmin = await call('GET', `/v1/enrollments/${enrollment.enrollmentId}`, { token: org.token });
    expect(seenByAdmin.body.primaryContact.email).toBeDefined();
    expect(seenByAdmin.body.legalProfile.legalName).toBeDefined();
  });
});

describe('recovering an enrollment', () => {
  const contact = (email: string) => ({
    fullName: 'Ada Rossi',
    email,
    phone: '+39 02 1234 5678',
    language: 'en',
  });
  const correct = (org: { token: string }, id: string, body: Record<string, unknown>) =>
    call('PATCH', `/v1/enrollments/${id}`, { token: org.token, body });
  const verify = (token: string) => call('POST', '/v1/email-verifications', { body: { token } });

  it('corrects a mistyped contact before verification: the link goes to the new address, the old one stops working', async () => {
    const org = await newOrganization();
    const { enrollment, token: typoLink } = await startEnrollment(org, { contactEmail: uniqueEmail('ada-typo') });
    const fixed = uniqueEmail('ada');
    const corrected = await correct(org, enrollment.enrollmentId, { primaryContact: contact(fixed) });
    expect(corrected.status).toBe(200);
    expect(corrected.body.primaryContact.email).toBe(fixed);
    const [mail] = await waitForMail(fixed);
    expect((await verify(typoLink)).status).toBe(410);
    expect((await verify(linkToken(mail!))).status).toBe(200);
    const view = (await call('GET', `/v1/enrollments/${enrollment.enrollmentId}`, { token: org.token })).body;
    expect(view).toMatchObject({ primaryContact: { email: fixed } });
    expect(view.emailVerifiedAt).toBeTruthy();
  });

  it('corrects the contact after verification: the new address is pending until its own link is opened', async () => {
    const org = await newOrganization();
    const { enrollment, contactEmail } = await enrollToReview(org);
    const id = enrollment.enrollmentId;
    const next = uniqueEmail('bea');
    const corrected = await correct(org, id, {
      primaryContact: contact(next),
      legalProfile: {
        legalName: 'Contoso Italia S.p.A.',
        address: { line1: 'Via Roma 1', city: 'Milano', postalCode: '20121', country: 'IT' },
      },
    });
    expect(corrected.status).toBe(200);
    expect(corrected.body).toMatchObject({
      state: 'UnderReview',
      primaryContact: { email: contactEmail },
      pendingContact: { email: next },
      legalProfile: { legalName: 'Contoso Italia S.p.A.' },
    });
    const [mail] = await waitForMail(next);
    expect((await verify(linkToken(mail!))).status).toBe(200);
    const view = (await call('GET', `/v1/enrollments/${id}`, { token: org.token })).body;
    expect(view.primaryContact.email).toBe(next);
    expect(view.pendingContact).toBeUndefined();
    // after the review decides, nothing can be corrected
    await review(id, { decision: 'Approve' });
    const late = await correct(org, id, {
      support: { email: 'help@contoso.example', phone: '+39 02 1', website: 'https://contoso.example' },
    });
    expect(late.status).toBe(409);
  });

  it('refuses a correction to webmail or to another country, naming the field', async () => {
    const org = await newOrganization({ country: 'IT' });
    const { enrollment } = await startEnrollment(org);
    const webmail = await correct(org, enrollment.enrollmentId, { primaryContact: contact('ada@gmail.com') });
    expect(webmail.status).toBe(422);
    expect(webmail.body.errors[0].field).toBe('primaryContact.email');
    const abroad = await correct(org, enrollment.enrollmentId, {
      legalProfile: {
        legalName: 'X S.L.',
        address: { line1: 'Calle 1', city: 'Madrid', postalCode: '28001', country: 'ES' },
      },
    });
    expect(abroad.status).toBe(422);
    expect(abroad.body.errors[0].field).toBe('legalProfile.address.country');
  });

  it('resends the verification link a capped number of times; every link of the wait works', async () => {
    const org = await newOrganization();
    const { enrollment, contactEmail } = await startEnrollment(org);
    const resend = () =>
      call('POST', `/v1/enrollments/${enrollment.enrollmentId}/verification-email`, { token: org.token });
    const first = await resend();
    expect(first.status).toBe(202);
    expect(first.body).toMatchObject({ sentTo: expect.stringContaining('•••@'), resendsLeft: 2 });
    const mails = await waitForMail(contactEmail, () => true, 2);
    for (let i = 0; i < 2; i++) expect((await resend()).status).toBe(202);
    const capped = await resend();
    expect(capped.status).toBe(409);
    expect(capped.body.detail).toContain('correct');
    expect((await verify(linkToken(mails[0]!))).status).toBe(200);
    const after = await resend();
    expect(after.status).toBe(409);
  });

  it('lets a rejected organization apply again after 30 days, and says when', async () => {
    const org = await newOrganization();
    const { enrollment } = await enrollToReview(org);
    await review(enrollment.enrollmentId, { decision: 'Reject', reason: 'The legal name does not match.' });
    const early = await call('POST', '/v1/enrollments', { token: org.token, body: enrollmentBody() });
    expect(early.status).toBe(409);
    expect(early.body.mayApplyAgainAt).toBeTruthy();
    await advanceClock(days(31));
    const again = await call('POST', '/v1/enrollments', { token: org.token, body: enrollmentBody() });
    expect(again.status).toBe(201);
    expect(again.body.enrollmentId).not.toBe(enrollment.enrollmentId);
    expect((await call('GET', '/v1/enrollments/current', { token: org.token })).body.enrollmentId).toBe(
      again.body.enrollmentId,
    );
  });
});
