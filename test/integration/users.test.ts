import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  call,
  confirmByEmail,
  eventually,
  getItem,
  linkToken,
  mailTo,
  newOrganization,
  signInToken,
  stack,
  strongPassword,
  uniqueEmail,
  waitForMail,
} from '../support/api';
import { startEnrollment } from '../support/enrollment';
import { operator, seedMember } from '../support/people';

const newUser = (roles: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  fullName: 'Bruno Bianchi',
  email: uniqueEmail('bruno'),
  ...roles,
  ...extra,
});

describe('adding a partner user', () => {
  it('shows the temporary password once; the first sign-in forces a new one; the old one then fails', async () => {
    const admin = await newOrganization();
    const body = newUser({ agentRole: 'SalesAgent', adminRole: 'NotAnAdmin' });
    const created = await call('POST', '/v1/users', { token: admin.token, body });
    expect(created.status).toBe(201);
    expect(created.headers.get('cache-control')).toBe('no-store');
    expect(created.body.user).toMatchObject({
      email: body.email,
      agentRole: 'SalesAgent',
      adminRole: 'NotAnAdmin',
      version: 1,
    });
    const temporaryPassword: string = created.body.temporaryPassword;
    expect(temporaryPassword.length).toBeGreaterThanOrEqual(12);

    // never stored, never shown again
    const fetched = await call('GET', `/v1/users/${created.body.user.userId}`, { token: admin.token });
    expect(fetched.text).not.toContain(temporaryPassword);
    expect(JSON.stringify(await getItem(`USER#${created.body.user.userId}`, 'PROFILE'))).not.toContain(
      temporaryPassword,
    );

    // nobody signs in with an address its owner has not proven
    const unproven = await call('POST', '/v1/sign-in', { body: { email: body.email, password: temporaryPassword } });
    expect(unproven.status).toBe(401);
    await confirmByEmail(body.email);
    expect(
      (await call('GET', `/v1/users/${created.body.user.userId}`, { token: admin.token })).body.emailConfirmed,
    ).toBe(true);

    const first = await call('POST', '/v1/sign-in', { body: { email: body.email, password: temporaryPassword } });
    expect(first.body.status).toBe('NEW_PASSWORD_REQUIRED');
    const done = await call('POST', '/v1/sign-in/new-password', {
      body: { email: body.email, session: first.body.session, newPassword: strongPassword },
    });
    expect(done.status).toBe(200);
    expect(
      (await call('POST', '/v1/sign-in', { body: { email: body.email, password: temporaryPassword } })).status,
    ).toBe(401);
    const me = await call('GET', '/v1/me/capabilities', { token: done.body.tokens.accessToken });
    expect(me.body.roles).toEqual({ agentRole: 'SalesAgent', adminRole: 'NotAnAdmin' });
  });

  it('emails the user a link to prove its address, in its language, never the password', async () => {
    const admin = await newOrganization();
    const body = newUser({ agentRole: 'HelpdeskAgent', adminRole: 'NotAnAdmin', language: 'es' });
    const created = await call('POST', '/v1/users', { token: admin.token, body });
    expect(created.body.passwordDelivery).toBe('ShownOnce');
    const [mail] = await waitForMail(body.email);
    expect(mail!.subject).toMatch(/^Te han agregado/);
    expect(mail!.text).toContain('/v1/pages/email-confirmation?token=');
    expect(mail!.text).not.toContain(created.body.temporaryPassword);
    expect(mail!.html).not.toContain(created.body.temporaryPassword);
  });

  it('refuses a duplicate email (409), unknown roles, missing roles and extra fields (422), writing nothing', async () => {
    const admin = await newOrganization();
    const duplicate = await call('POST', '/v1/users', {
      token: admin.token,
      body: newUser({ agentRole: 'SalesAgent', adminRole: 'NotAnAdmin', email: admin.email }),
    });
    expect(duplicate.status).toBe(409);
    const unknown = await call('POST', '/v1/users', {
      token: admin.token,
      body: newUser({ agentRole: 'SuperAgent', adminRole: 'NotAnAdmin' }),
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors[0].field).toBe('agentRole');
    const email = uniqueEmail('noroles');
    const missing = await call('POST', '/v1/users', { token: admin.token, body: { fullName: 'No Roles', email } });
    expect(missing.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['adminRole', 'agentRole']);
    const extra = await call('POST', '/v1/users', {
      token: admin.token,
      body: newUser({ agentRole: 'SalesAgent', adminRole: 'NotAnAdmin', isRoot: true }),
    });
    expect(extra.body.errors).toEqual([{ in: 'body', field: 'isRoot', message: 'is not a known field' }]);
    expect(await getItem(`EMAIL#${email}`, 'EMAIL')).toBeUndefined();
  });

  it('lets a user management admin add users but not global admins', async () => {
    const admin = await newOrganization();
    const manager = await seedMember(admin, { agentRole: 'NotAnAgent', adminRole: 'UserManagementAdmin' });
    expect(
      (
        await call('POST', '/v1/users', {
          token: manager.token,
          body: newUser({ agentRole: 'AdminAgent', adminRole: 'BillingAdmin' }),
        })
      ).status,
    ).toBe(201);
    const escalation = await call('POST', '/v1/users', {
      token: manager.token,
      body: newUser({ agentRole: 'NotAnAgent', adminRole: 'GlobalAdmin' }),
    });
    expect(escalation.status).toBe(403);
    expect(escalation.body.missingRole).toBe('GlobalAdmin');
  });
});

describe('nobody gains more than they hold', () => {
  it('gives a user with more permissions than its creator no visible password: the user chooses one by email', async () => {
    const admin = await newOrganization();
    const manager = await seedMember(admin, { agentRole: 'NotAnAgent', adminRole: 'UserManagementAdmin' });
    const body = newUser({ agentRole: 'AdminAgent', adminRole: 'BillingAdmin' });
    const created = await call('POST', '/v1/users', { token: manager.token, body });
    expect(created.status).toBe(201);
    expect(created.body.temporaryPassword).toBeUndefined();
    expect(created.body.passwordDelivery).toBe('EmailLink');

    const [mail] = await waitForMail(body.email);
    const page = await call('GET', `/v1/pages/email-confirmation?token=${linkToken(mail!)}`);
    expect(page.text).toContain('name="password"');
    const withoutPassword = await call('POST', '/v1/email-confirmations', { body: { token: linkToken(mail!) } });
    expect(withoutPassword.status).toBe(422);
    expect(withoutPassword.body.errors[0]).toMatchObject({ field: 'password', message: 'is required' });
    await confirmByEmail(body.email, strongPassword);
    const token = await signInToken(body.email, strongPassword);
    const me = await call('GET', '/v1/me/capabilities', { token });
    expect(me.body.roles).toEqual({ agentRole: 'AdminAgent', adminRole: 'BillingAdmin' });
  });

  it('stops a password the caller saw, and every token from it, once the user’s roles go above the caller’s', async () => {
    const admin = await newOrganization();
    const manager = await seedMember(admin, { agentRole: 'NotAnAgent', adminRole: 'UserManagementAdmin' });
    // the same roles as the manager's: the seed's flow, the manager sees the temporary password
    const body = newUser({ agentRole: 'NotAnAgent', adminRole: 'UserManagementAdmin' });
    const created = await call('POST', '/v1/users', { token: manager.token, body });
    expect(created.body.passwordDelivery).toBe('ShownOnce');
    await confirmByEmail(body.email);
    // the manager uses the password it saw, and keeps a token and the password it set
    const first = await call('POST', '/v1/sign-in', {
      body: { email: body.email, password: created.body.temporaryPassword },
    });
    const known = 'Manager-Knows-This-1!';
    const done = await call('POST', '/v1/sign-in/new-password', {
      body: { email: body.email, session: first.body.session, newPassword: known },
    });
    const stolenToken: string = done.body.tokens.accessToken;
    expect((await call('GET', '/v1/me/capabilities', { token: stolenToken })).status).toBe(200);

    const userId = created.body.user.userId;
    const current = await call('GET', `/v1/users/${userId}`, { token: admin.token });
    const raised = await call('PUT', `/v1/users/${userId}/roles`, {
      token: admin.token,
      headers: { 'if-match': current.headers.get('etag')! },
      body: { agentRole: 'AdminAgent', adminRole: 'BillingAdmin' },
    });
    expect(raised.status).toBe(200);
    expect((await call('GET', '/v1/me/capabilities', { token: stolenToken })).status).toBe(401);
    expect((await call('POST', '/v1/sign-in', { body: { email: body.email, password: known } })).status).toBe(401);

    const [mail] = await waitForMail(body.email, (m) => m.subject.startsWith('Choose a new password'));
    expect(mail!.text).toContain('/v1/pages/email-confirmation?token=');
    await confirmByEmail(body.email, strongPassword);
    expect((await call('GET', '/v1/me/capabilities', { token: stolenToken })).status).toBe(401);
    expect((await call('POST', '/v1/sign-in', { body: { email: body.email, password: known } })).status).toBe(401);
    const own = await signInToken(body.email, strongPassword);
    expect((await call('GET', '/v1/me/capabilities', { token: own })).body.roles).toEqual({
      agentRole: 'AdminAgent',
      adminRole: 'BillingAdmin',
    });
  });

  it('leaves the password alone when the raise stays within what its viewer holds', async () => {
    const admin = await newOrganization();
    const user = await seedMember(admin, { agentRole: 'SalesAgent', adminRole: 'NotAnAdmin' });
    const current = await call('GET', `/v1/users/${user.userId}`, { token: admin.token });
    await call('PUT', `/v1/users/${user.userId}/roles`, {
      token: admin.token,
      headers: { 'if-match': current.headers.get('etag')! },
      body: { agentRole: 'AdminAgent', adminRole: 'BillingAdmin' },
    });
    expect((await call('GET', '/v1/me/capabilities', { token: user.token })).status).toBe(200);
  });
});

describe('listing users', () => {
  it('pages with opaque cursors and searches by name or email', async () => {
    const admin = await newOrganization();
    for (const name of ['Carla Verdi', 'Dario Neri', 'Elena Blu'])
      await call('POST', '/v1/users', {
        token: admin.token,
        body: newUser({ agentRole: 'SalesAgent', adminRole: 'NotAnAdmin' }, { fullName: name }),
      });
    const first = await call('GET', '/v1/users?limit=2', { token: admin.token });
    expect(first.body.items).toHaveLength(2);
    expect(first.body.nextCursor).toBeTruthy();
    const second = await call('GET', `/v1/users?limit=2&cursor=${first.body.nextCursor}`, { token: admin.token });
    const names = [...first.body.items, ...second.body.items].map((u: { fullName: string }) => u.fullName);
    expect(names).toEqual(['Ada Rossi', 'Carla Verdi', 'Dario Neri', 'Elena Blu']);
    const byName = await call('GET', '/v1/users?q=neri', { token: admin.token });
    expect(byName.body.items.map((u: { fullName: string }) => u.fullName)).toEqual(['Dario Neri']);
    const byEmail = await call('GET', `/v1/users?q=${encodeURIComponent(admin.email.split('@')[0]!)}`, {
      token: admin.token,
    });
    expect(byEmail.body.items.map((u: { email: string }) => u.email)).toEqual([admin.email]);
  });
});

describe('changing roles', () => {
  it('is conditional on the version: stale answers 412, missing If-Match 428', async () => {
    const admin = await newOrganization();
    const user = await seedMember(admin, { agentRole: 'SalesAgent', adminRole: 'NotAnAdmin' });
    const read = await call('GET', `/v1/users/${user.userId}`, { token: admin.token });
    expect(read.headers.get('etag')).toBe('"1"');
    expect(
      (
        await call('PUT', `/v1/users/${user.userId}/roles`, {
          token: admin.token,
          body: { agentRole: 'AdminAgent', adminRole: 'NotAnAdmin' },
        })
      ).status,
    ).toBe(428);
    const changed = await call('PUT', `/v1/users/${user.userId}/roles`, {
      token: admin.token,
      body: { agentRole: 'AdminAgent', adminRole: 'NotAnAdmin' },
      headers: { 'if-match': '"1"' },
    });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).toBe('"2"');
    const stale = await call('PUT', `/v1/users/${user.userId}/roles`, {
      token: admin.token,
      body: { agentRole: 'HelpdeskAgent', adminRole: 'NotAnAdmin' },
      headers: { 'if-match': '"1"' },
    });
    expect(stale.status).toBe(412);
    // the user is told, in words
    const [told] = await waitForMail(user.email, (m) => m.subject.includes('roles in'));
    expect(told!.text).toContain('from sales agent to admin agent');
  });

  it('lets exactly one of two concurrent changes of one user win; the other gets 412', async () => {
    const admin = await newOrganization();
    const user = await seedMember(admin, { agentRole: 'SalesAgent', adminRole: 'NotAnAdmin' });
    const change = (agentRole: string) =>
      call('PUT', `/v1/users/${user.userId}/roles`, {
        token: admin.token,
        body: { agentRole, adminRole: 'NotAnAdmin' },
        headers: { 'if-match': '"1"' },
      });
    const results = await Promise.all([change('AdminAgent'), change('HelpdeskAgent')]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 412]);
    const winner = results.find((r) => r.status === 200)!;
    expect((await getItem(`USER#${user.userId}`, 'PROFILE'))!).toMatchObject({
      agentRole: winner.body.agentRole,
      version: 2,
    });
  });

  it('takes effect on the user’s next request', async () => {
    const admin = await newOrganization();
    const user = await seedMember(admin, { agentRole: 'SalesAgent', adminRole: 'NotAnAdmin' });
    expect((await call('GET', '/v1/users', { token: user.token })).status).toBe(403);
    await call('PUT', `/v1/users/${user.userId}/roles`, {
      token: admin.token,
      body: { agentRole: 'SalesAgent', adminRole: 'UserManagementAdmin' },
      headers: { 'if-match': '"1"' },
    });
    expect((await call('GET', '/v1/users', { token: user.token })).status).toBe(200);
  });

  it('never lets anyone raise their own roles', async () => {
    const admin = await newOrganization();
    const manager = await seedMember(admin, { agentRole: 'NotAnAgent', adminRole: 'UserManagementAdmin' });
    const raise = await call('PUT', `/v1/users/${manager.userId}/roles`, {
      token: manager.token,
      body: { agentRole: 'AdminAgent', adminRole: 'UserManagementAdmin' },
      headers: { 'if-match': '"1"' },
    });
    expect(raise.status).toBe(403);
    expect(raise.body.rule).toBe('no-self-promotion');
    const lower = await call('PUT', `/v1/users/${manager.userId}/roles`, {
      token: manager.token,
      body: { agentRole: 'NotAnAgent', adminRole: 'NotAnAdmin' },
      headers: { 'if-match': '"1"' },
    });
    expect(lower.status).toBe(200);
  });

  it('keeps the last global admin', async () => {
    const admin = await newOrganization();
    const demote = await call('PUT', `/v1/users/${admin.userId}/roles`, {
      token: admin.token,
      body: { agentRole: 'NotAnAgent', adminRole: 'NotAnAdmin' },
      headers: { 'if-match': '"1"' },
    });
    expect(demote.status).toBe(409);
    expect(demote.body.invariant).toBe('last-global-admin');
    expect((await call('DELETE', `/v1/users/${admin.userId}`, { token: admin.token })).status).toBe(409);
  });

  it('keeps one global admin when two demote each other at the same moment', async () => {
    const admin = await newOrganization();
    const second = await seedMember(admin, { agentRole: 'NotAnAgent', adminRole: 'GlobalAdmin' });
    const [a, b] = await Promise.all([
      call('PUT', `/v1/users/${second.userId}/roles`, {
        token: admin.token,
        body: { agentRole: 'NotAnAgent', adminRole: 'NotAnAdmin' },
        headers: { 'if-match': '"1"' },
      }),
      call('PUT', `/v1/users/${admin.userId}/roles`, {
        token: second.token,
        body: { agentRole: 'NotAnAgent', adminRole: 'NotAnAdmin' },
        headers: { 'if-match': '"1"' },
      }),
    ]);
    // Exactly one wins. The other is refused either by the invariant (409, both read two admins) or,
    // when the winner committed before it was authorized, because its caller is no longer an admin (403).
    const statuses = [a.status, b.status].sort();
    expect(statuses[0]).toBe(200);
    expect([403, 409]).toContain(statuses[1]);
    expect((await getItem(`ORG#${admin.organizationId}`, 'PROFILE'))!.globalAdminCount).toBe(1);
  });
});

describe('removing a user', () => {
  it('stops sign-in and every call at once, and deletes the identity', async () => {
    const admin = await newOrganization();
    const user = await seedMember(admin, { agentRole: 'AdminAgent', adminRole: 'NotAnAdmin' });
    expect((await call('GET', '/v1/me/capabilities', { token: user.token })).status).toBe(200);
    expect((await call('DELETE', `/v1/users/${user.userId}`, { token: admin.token })).status).toBe(204);
    expect((await call('GET', '/v1/me/capabilities', { token: user.token })).status).toBe(401);
    expect((await call('POST', '/v1/sign-in', { body: { email: user.email, password: strongPassword } })).status).toBe(
      401,
    );
    const { AdminGetUserCommand, CognitoIdentityProviderClient } = await import(
      '@aws-sdk/client-cognito-identity-provider'
    );
    const cognito = new CognitoIdentityProviderClient({
      endpoint: stack.urls.cognito,
      region: 'us-east-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    await eventually('identity deleted', async () =>
      cognito.send(new AdminGetUserCommand({ UserPoolId: stack.env.USER_POOL_ID, Username: user.userId })).then(
        () => false,
        (e: Error) => e.name === 'UserNotFoundException',
      ),
    );
    expect((await call('DELETE', `/v1/users/${user.userId}`, { token: admin.token })).status).toBe(404);
    const [told] = await waitForMail(user.email, (m) => m.subject.includes('access to'));
    expect(told!.text).toContain('Hello Second User,');
  });

  it('answers 404 for a user of another organization', async () => {
    const admin = await newOrganization();
    const stranger = await newOrganization();
    expect((await call('GET', `/v1/users/${stranger.userId}`, { token: admin.token })).status).toBe(404);
    expect((await call('DELETE', `/v1/users/${stranger.userId}`, { token: admin.token })).status).toBe(404);
    expect((await call('GET', `/v1/users/${randomUUID()}`, { token: admin.token })).status).toBe(404);
  });
});

describe('service requests', () => {
  it('lets a global admin open platform tickets and helpdesk agents only customer requests', async () => {
    const admin = await newOrganization();
    const ticket = await call('POST', '/v1/service-requests', {
      token: admin.token,
      body: { category: 'Platform', title: 'Invoices missing', description: 'October invoice is not shown.' },
    });
    expect(ticket.status).toBe(201);
    const helpdesk = await seedMember(admin, { agentRole: 'HelpdeskAgent', adminRole: 'NotAnAdmin' });
    const denied = await call('POST', '/v1/service-requests', {
      token: helpdesk.token,
      body: { category: 'Platform', title: 'Invoices missing', description: 'October invoice.' },
    });
    expect(denied.status).toBe(403);
    expect(denied.body.missingPermission).toBe('support:partner');
    const noRelationship = await call('POST', '/v1/service-requests', {
      token: helpdesk.token,
      body: {
        category: 'Customer',
        customerId: randomUUID(),
        title: 'Mailbox full',
        description: 'Customer mailbox is full.',
      },
    });
    expect(noRelationship.status).toBe(404);
    expect(
      (await call('GET', '/v1/service-requests', { token: admin.token })).body.items.map(
        (r: { title: string }) => r.title,
      ),
    ).toEqual(['Invoices missing']);
    expect((await call('GET', '/v1/service-requests', { token: helpdesk.token })).body.items).toEqual([]);
    // only the link that proved its address: no service request mail
    expect((await mailTo(helpdesk.email)).map((mail) => mail.subject)).toEqual([
      expect.stringMatching(/^You have been added/),
    ]);
  });
});

describe('when the identity provider fails', () => {
  it('undoes the membership, so the table and the user pool never disagree', async () => {
    const admin = await newOrganization();
    const email = uniqueEmail('during-outage');
    await call('POST', '/__local/faults', { body: { service: 'identity', down: true } });
    try {
      const response = await call('POST', '/v1/users', {
        token: admin.token,
        body: { fullName: 'Outage User', email, agentRole: 'SalesAgent', adminRole: 'NotAnAdmin' },
      });
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(response.body.detail).not.toMatch(/cognito|ECONNREFUSED/i);
    } finally {
      await call('POST', '/__local/faults', { body: { service: 'identity', down: false } });
    }
    expect(await getItem(`EMAIL#${email}`, 'EMAIL')).toBeUndefined();
    const users = await call('GET', `/v1/users?q=${encodeURIComponent('outage')}`, { token: admin.token });
    expect(users.body.items).toEqual([]);
    // the same email works once the provider is back
    expect(
      (
        await call('POST', '/v1/users', {
          token: admin.token,
          body: { fullName: 'Outage User', email, agentRole: 'SalesAgent', adminRole: 'NotAnAdmin' },
        })
      ).status,
    ).toBe(201);
  });
});

describe('the audit log', () => {
  it('lists the organization’s changes newest first, pages them, filters by type, and leaves secrets out', async () => {
    const admin = await newOrganization();
    const user = await seedMember(admin, { agentRole: 'SalesAgent', adminRole: 'NotAnAdmin' });
    const read = await call('GET', `/v1/users/${user.userId}`, { token: admin.token });
    await call('PUT', `/v1/users/${user.userId}/roles`, {
      token: admin.token,
      body: { agentRole: 'AdminAgent', adminRole: 'NotAnAdmin' },
      headers: { 'if-match': read.headers.get('etag')! },
    });
    const log = await call('GET', '/v1/audit-events', { token: admin.token });
    expect(log.status).toBe(200);
    const types = log.body.items.map((e: { type: string }) => e.type);
    expect(types[0]).toBe('PartnerUserRolesChanged');
    expect(types).toEqual(expect.arrayContaining(['OrganizationCreated', 'PartnerUserAdded']));
    const times = log.body.items.map((e: { occurredAt: string }) => e.occurredAt);
    expect([...times].sort().reverse()).toEqual(times);
    expect(log.body.items[0].payload).toMatchObject({ userId: user.userId, to: { agentRole: 'AdminAgent' } });
    // who: the admin, through the operation; the sign-up's confirmation was the link holder's
    expect(log.body.items[0].actor).toEqual({
      kind: 'user',
      userId: admin.userId,
      organizationId: admin.organizationId,
      operationId: 'updatePartnerUserRoles',
    });
    expect(log.body.items.find((e: { type: string }) => e.type === 'OrganizationCreated').actor).toMatchObject({
      kind: 'public',
    });

    const first = await call('GET', '/v1/audit-events?limit=1', { token: admin.token });
    expect(first.body.items).toHaveLength(1);
    const second = await call('GET', `/v1/audit-events?limit=1&cursor=${encodeURIComponent(first.body.nextCursor)}`, {
      token: admin.token,
    });
    expect(second.body.items[0].eventId).not.toBe(first.body.items[0].eventId);
    const added = await call('GET', '/v1/audit-events?type=PartnerUserAdded', { token: admin.token });
    expect(added.body.items.map((e: { type: string }) => e.type)).toEqual(['PartnerUserAdded']);

    // an enrollment's verification carries a workflow task token: the log leaves it out
    const { token } = await startEnrollment(admin);
    await call('POST', '/v1/email-verifications', { body: { token } });
    const verified = await eventually('the verification in the log', async () => {
      const page = await call('GET', '/v1/audit-events?type=EmailOwnershipVerified', { token: admin.token });
      return page.body.items[0];
    });
    expect(verified.payload.email).toBeTruthy();
    expect(JSON.stringify(verified)).not.toMatch(/token/i);

    // a sales agent may not read it; another organization sees only its own
    expect((await call('GET', '/v1/audit-events', { token: user.token })).status).toBe(403);
    const other = await newOrganization();
    const theirs = await call('GET', '/v1/audit-events', { token: other.token });
    expect(JSON.stringify(theirs.body)).not.toContain(user.userId);
    // nor may it ask for another organization's by id; a program operator may
    const asked = await call('GET', `/v1/audit-events?organizationId=${admin.organizationId}`, { token: other.token });
    expect(asked.status).toBe(403);
    expect(asked.body.missingPermission).toBe('operator:operations');
    const byOperator = await call(
      'GET',
      `/v1/audit-events?organizationId=${admin.organizationId}&type=PartnerUserAdded`,
      {
        token: await operator(),
      },
    );
    expect(byOperator.body.items.map((e: { payload: { userId: string } }) => e.payload.userId)).toContain(user.userId);
  });
});
