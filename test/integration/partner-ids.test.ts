import { describe, expect, it } from 'vitest';
import { call, getItem, linkToken, newOrganization, uniqueEmail, waitForMail } from '../support/api';
import { enrollmentBody, startEnrollment } from '../support/enrollment';
import { activeProvider } from '../support/partners';
import { directoryPartnerId, operator } from '../support/people';

const link = (org: { token: string }, enrollmentId: string, partnerId: string) =>
  call('PUT', `/v1/enrollments/${enrollmentId}/partner-id`, { token: org.token, body: { partnerId } });

const support = { email: 'help@fabrikam.example', phone: '+39 02 1234 5679', website: 'https://fabrikam.example' };

describe('one PartnerID, one organization', () => {
  it('is claimed by the first organization that links it; another gets 409 and the claim stays', async () => {
    const partnerId = await directoryPartnerId('IT');
    const first = await newOrganization();
    const second = await newOrganization();
    const [a, b] = await Promise.all([startEnrollment(first), startEnrollment(second)]);

    expect((await link(first, a.enrollment.enrollmentId, partnerId)).status).toBe(200);
    const taken = await link(second, b.enrollment.enrollmentId, partnerId);
    expect(taken.status).toBe(409);
    expect(taken.body.errors[0]).toMatchObject({ field: 'partnerId', message: 'belongs to another organization' });
    expect((await getItem(`PARTNERID#${partnerId}`, 'OWNER'))!.organizationId).toBe(first.organizationId);
    // its owner may link it again
    expect((await link(first, a.enrollment.enrollmentId, partnerId)).status).toBe(200);
  });

  it('applies the location rule to a PartnerID given at enrollment, as linking does', async () => {
    const spanish = await directoryPartnerId('ES');
    const org = await newOrganization({ country: 'IT' });
    const atEnrollment = await call('POST', '/v1/enrollments', {
      token: org.token,
      body: { ...enrollmentBody(), partnerId: spanish },
    });
    expect(atEnrollment.status).toBe(422);
    expect(atEnrollment.body.errors[0].field).toBe('partnerId');
    expect(await getItem(`ORG#${org.organizationId}`, 'ENROLLMENT#IndirectReseller')).toBeUndefined();
    const { enrollment } = await startEnrollment(org);
    const linked = await link(org, enrollment.enrollmentId, spanish);
    expect(linked.status).toBe(422);
    expect(linked.body.errors[0].message).toBe(atEnrollment.body.errors[0].message);
  });

  it('needs the directory contact of the PartnerID to confirm before it is linked or claimed', async () => {
    const contactEmail = uniqueEmail('membership', 'realpartner.example');
    const partnerId = await directoryPartnerId('IT', 'Active', contactEmail);
    const squatter = await newOrganization();
    const { enrollment } = await startEnrollment(squatter);
    const asked = await link(squatter, enrollment.enrollmentId, partnerId);
    expect(asked.status).toBe(202);
    expect(asked.body).toMatchObject({ status: 'ConfirmationSent', partnerId, sentTo: `m•••@realpartner.example` });
    // nothing is linked or claimed until that mailbox answers
    expect(await getItem(`PARTNERID#${partnerId}`, 'OWNER')).toBeUndefined();
    const read = await call('GET', `/v1/enrollments/${enrollment.enrollmentId}`, { token: squatter.token });
    expect(read.body.partnerId).toBeUndefined();

    const [mail] = await waitForMail(contactEmail);
    expect(mail!.subject).toContain(`PartnerID ${partnerId}`);
    const page = await call('GET', `/v1/pages/email-confirmation?token=${linkToken(mail!)}`);
    expect(page.text).toContain(partnerId);
    const confirmed = await call('POST', '/v1/email-confirmations', { body: { token: linkToken(mail!) } });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toMatchObject({ partnerId, organizationId: squatter.organizationId });
    expect((await getItem(`PARTNERID#${partnerId}`, 'OWNER'))!.organizationId).toBe(squatter.organizationId);
    const linked = await call('GET', `/v1/enrollments/${enrollment.enrollmentId}`, { token: squatter.token });
    expect(linked.body.partnerId).toBe(partnerId);
  });

  it('asks the directory contact too when the PartnerID is given at enrollment; the enrollment starts without it', async () => {
    const contactEmail = uniqueEmail('membership', 'realpartner.example');
    const partnerId = await directoryPartnerId('IT', 'Active', contactEmail);
    const org = await newOrganization();
    const { enrollment } = await startEnrollment(org, { partnerId });
    expect(enrollment.partnerId).toBeUndefined();
    expect(enrollment.partnerIdConfirmation).toMatchObject({ partnerId, sentTo: 'm•••@realpartner.example' });
    expect(await getItem(`PARTNERID#${partnerId}`, 'OWNER')).toBeUndefined();

    const [mail] = await waitForMail(contactEmail);
    expect((await call('POST', '/v1/email-confirmations', { body: { token: linkToken(mail!) } })).status).toBe(200);
    const linked = await call('GET', `/v1/enrollments/${enrollment.enrollmentId}`, { token: org.token });
    expect(linked.body.partnerId).toBe(partnerId);
    expect(linked.body.partnerIdConfirmation).toBeUndefined();
    expect((await getItem(`PARTNERID#${partnerId}`, 'OWNER'))!.organizationId).toBe(org.organizationId);
  });

  it('goes to exactly one of two organizations racing for it', async () => {
    const partnerId = await directoryPartnerId('IT');
    const orgs = await Promise.all([newOrganization(), newOrganization(), newOrganization()]);
    const enrollments = await Promise.all(orgs.map((org) => startEnrollment(org)));
    const statuses = (
      await Promise.all(orgs.map((org, i) => link(org, enrollments[i]!.enrollment.enrollmentId, partnerId)))
    ).map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(2);
  });

  it('holds on every path: an existing partner’s support-only enrollment and an operator’s registration', async () => {
    const partnerId = await directoryPartnerId('IT');
    const owner = await newOrganization();
    const ownerEnrollment = await startEnrollment(owner);
    expect((await link(owner, ownerEnrollment.enrollment.enrollmentId, partnerId)).status).toBe(200);

    // an organization already active in another program, with its own PartnerID
    const existing = await newOrganization();
    const itsOwn = await directoryPartnerId('IT');
    const registered = await call('POST', `/v1/operator/organizations/${existing.organizationId}/programs`, {
      token: await operator(),
      body: { program: 'IndirectProvider', partnerId: itsOwn },
    });
    expect(registered.status).toBe(200);
    const enroll = (body: Record<string, unknown>) => call('POST', '/v1/enrollments', { token: existing.token, body });
    const someoneElses = await enroll({ partnerId, support });
    expect(someoneElses.status).toBe(409);
    const unknown = await enroll({ partnerId: '9999999999', support });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors[0]).toMatchObject({ field: 'partnerId', message: 'is not in the partner directory' });
    const elsewhere = await enroll({ partnerId: await directoryPartnerId('ES'), support });
    expect(elsewhere.status).toBe(422);
    expect(await getItem(`ORG#${existing.organizationId}`, 'ENROLLMENT#IndirectReseller')).toBeUndefined();

    const byOperator = await call('POST', `/v1/operator/organizations/${existing.organizationId}/programs`, {
      token: await operator(),
      body: { program: 'DirectBill', partnerId },
    });
    expect(byOperator.status).toBe(409);
    expect((await getItem(`ORG#${existing.organizationId}`, 'PROFILE'))!.partnerId).toBe(itsOwn);

    const own = await enroll({ support });
    expect(own.status).toBe(201);
    expect(own.body).toMatchObject({ state: 'Active', partnerId: itsOwn });
  });

  it('asks the directory contact before an existing partner’s support-only enrollment takes a PartnerID it does not own', async () => {
    const contactEmail = uniqueEmail('membership', 'realpartner.example');
    const partnerId = await directoryPartnerId('IT', 'Active', contactEmail);
    const existing = await newOrganization();
    const registered = await call('POST', `/v1/operator/organizations/${existing.organizationId}/programs`, {
      token: await operator(),
      body: { program: 'IndirectProvider', partnerId: await directoryPartnerId('IT') },
    });
    expect(registered.status).toBe(200);
    const asked = await call('POST', '/v1/enrollments', { token: existing.token, body: { partnerId, support } });
    expect(asked.status).toBe(202);
    expect(asked.body).toMatchObject({ status: 'ConfirmationSent', partnerId, sentTo: 'm•••@realpartner.example' });
    // nothing is active, linked or claimed until that mailbox answers
    expect(await getItem(`ORG#${existing.organizationId}`, 'ENROLLMENT#IndirectReseller')).toBeUndefined();
    expect(await getItem(`PARTNERID#${partnerId}`, 'OWNER')).toBeUndefined();

    const [mail] = await waitForMail(contactEmail);
    const confirmed = await call('POST', '/v1/email-confirmations', { body: { token: linkToken(mail!) } });
    expect(confirmed.status).toBe(200);
    const enrollment = await getItem(`ORG#${existing.organizationId}`, 'ENROLLMENT#IndirectReseller');
    expect(enrollment).toMatchObject({ state: 'Active', partnerId, support });
    expect((await getItem(`PARTNERID#${partnerId}`, 'OWNER'))!.organizationId).toBe(existing.organizationId);
    const profile = await getItem(`ORG#${existing.organizationId}`, 'PROFILE');
    expect(profile!.programs.IndirectReseller).toMatchObject({ status: 'Active' });
    // the link is used once
    expect((await call('POST', '/v1/email-confirmations', { body: { token: linkToken(mail!) } })).status).toBe(410);
  });

  it('addresses an invitation by PartnerID to its owner only', async () => {
    const partnerId = await directoryPartnerId('IT');
    const owner = await newOrganization();
    const { enrollment } = await startEnrollment(owner);
    expect((await link(owner, enrollment.enrollmentId, partnerId)).status).toBe(200);
    const provider = await activeProvider(['Europe']);
    const invitation = await call('POST', '/v1/reseller-invitations', { token: provider.token, body: { partnerId } });
    expect(invitation.status).toBe(201);
    expect(invitation.body.invitedOrganizationId).toBe(owner.organizationId);
  });
});
