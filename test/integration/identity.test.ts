import { randomUUID } from 'node:crypto';
import {
  AdminCreateUserCommand,
  CognitoIdentityProviderClient,
  InitiateAuthCommand,
  RespondToAuthChallengeCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import {
  call,
  confirmByEmail,
  getItem,
  linkToken,
  mailTo,
  newOrganization,
  signInToken,
  stack,
  strongPassword,
  table,
  tableName,
  totpCode,
  uniqueEmail,
  waitForMail,
} from '../support/api';

const signUpBody = (email: string, legalName = 'Fabrikam Iberia S.L.') => ({
  organization: { legalName, country: 'es' },
  admin: { fullName: 'Lucía García', email, language: 'es' },
});

const proofMails = async (email: string) =>
  (await mailTo(email)).filter((mail) => mail.text.includes('/v1/pages/email-confirmation'));

describe('sign-up', () => {
  it('claims nothing until the emailed link is used; the link then creates the organization and its global admin', async () => {
    const email = uniqueEmail('founder');
    const requested = await call('POST', '/v1/sign-up', { body: signUpBody(email) });
    expect(requested.status).toBe(202);
    expect(requested.body).toEqual({ status: 'ConfirmationSent', email, expiresInHours: 24 });
    expect(await getItem(`EMAIL#${email}`, 'EMAIL')).toBeUndefined();

    const [mail] = await waitForMail(email, (m) => m.text.includes('/v1/pages/email-confirmation'));
    expect(mail!.subject).toContain('Confirma');
    const token = linkToken(mail!);
    const shown = await call('GET', `/v1/pages/email-confirmation?token=${token}`);
    expect(shown.status).toBe(200);
    expect(shown.text).toContain('Fabrikam Iberia S.L.');
    expect(shown.text).toContain('name="password"');

    const weak = await call('POST', '/v1/email-confirmations', { body: { token, password: 'short' } });
    expect(weak.status).toBe(422);
    expect(weak.body.errors[0].field).toBe('password');
    expect(await getItem(`EMAIL#${email}`, 'EMAIL')).toBeUndefined();

    const confirmed = await call('POST', '/v1/email-confirmations', { body: { token, password: strongPassword } });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toMatchObject({ status: 'Confirmed', email, signedUp: true });
    const organization = await getItem(`ORG#${confirmed.body.organizationId}`, 'PROFILE');
    expect(organization).toMatchObject({ legalName: 'Fabrikam Iberia S.L.', country: 'ES' });
    const member = await getItem(`USER#${confirmed.body.userId}`, 'PROFILE');
    expect(member).toMatchObject({ organizationId: confirmed.body.organizationId, adminRole: 'GlobalAdmin', email });
    expect(await signInToken(email, strongPassword)).toBeTruthy();

    const again = await call('POST', '/v1/email-confirmations', { body: { token, password: strongPassword } });
    expect(again.status).toBe(410);
  });

  it('answers a known address exactly as an unknown one; only the mailbox learns it already has an account', async () => {
    const { email } = await newOrganization();
    const linksBefore = (await proofMails(email)).length;
    const known = await call('POST', '/v1/sign-up', { body: signUpBody(email.toUpperCase(), 'Copycat Ltd') });
    const unknown = await call('POST', '/v1/sign-up', { body: signUpBody(uniqueEmail('fresh'), 'Copycat Ltd') });
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    expect(Object.keys(known.body)).toEqual(Object.keys(unknown.body));
    expect(known.headers.get('content-length')).toBe(unknown.headers.get('content-length'));

    const [told] = await waitForMail(email, (m) => m.text.includes('/v1/pages/sign-in'));
    expect(told!.text).not.toMatch(/token=/);
    expect(await proofMails(email)).toHaveLength(linksBefore);
    const claim = await getItem(`EMAIL#${email}`, 'EMAIL');
    expect((await getItem(`USER#${claim!.userId}`, 'PROFILE'))!.fullName).toBe('Ada Rossi');
  });

  it('lets the owner of an address sign up although another organization added a user with it first', async () => {
    const squatter = await newOrganization();
    const email = uniqueEmail('ceo', 'bigcustomer.example');
    const squatted = await call('POST', '/v1/users', {
      token: squatter.token,
      body: { fullName: 'Not The CEO', email, agentRole: 'SalesAgent', adminRole: 'NotAnAdmin' },
    });
    expect(squatted.status).toBe(201);
    expect(squatted.body.user.emailConfirmed).toBe(false);
    expect(await getItem(`EMAIL#${email}`, 'EMAIL')).toBeUndefined();
    // the squatter, holding the temporary password, cannot sign in as that user: the address is unproven
    const asSquatter = await call('POST', '/v1/sign-in', {
      body: { email, password: squatted.body.temporaryPassword },
    });
    expect(asSquatter.status).toBe(401);
    const squatterLink = linkToken((await waitForMail(email)).at(-1)!);

    expect((await call('POST', '/v1/sign-up', { body: signUpBody(email, 'Big Customer Inc.') })).status).toBe(202);
    const owner = await confirmByEmail(email, strongPassword, (mail) => mail.text.includes('Big Customer Inc.'));
    expect((await getItem(`EMAIL#${email}`, 'EMAIL'))!.userId).toBe(owner.userId);

    // the squatter's user can never take the address now
    const late = await call('POST', '/v1/email-confirmations', { body: { token: squatterLink } });
    expect(late.status).toBe(409);
    expect((await getItem(`EMAIL#${email}`, 'EMAIL'))!.userId).toBe(owner.userId);
  });

  it('names each invalid field of a sign-up', async () => {
    const response = await call('POST', '/v1/sign-up', {
      body: {
        organization: { legalName: 'X', country: 'ZZ' },
        admin: { fullName: '', email: 'not-an-email' },
      },
    });
    expect(response.status).toBe(422);
    const fields = response.body.errors.map((error: { field: string }) => error.field);
    expect(fields).toEqual(
      expect.arrayContaining(['organization.legalName', 'organization.country', 'admin.fullName', 'admin.email']),
    );
  });

  it('answers one 410 for unknown, malformed and used links, page and API alike', async () => {
    const unknown = await call('POST', '/v1/email-confirmations', { body: { token: 'A'.repeat(43) } });
    expect(unknown.status).toBe(410);
    const page = await call('GET', `/v1/pages/email-confirmation?token=${'A'.repeat(43)}`);
    expect(page.status).toBe(410);
    const malformed = await call('GET', '/v1/pages/email-confirmation?token=<script>');
    expect(malformed.status).toBe(410);
  });
});

describe('sign-in', () => {
  it('returns tokens that the gateway accepts', async () => {
    const { token, organizationId } = await newOrganization();
    expect(token.split('.')).toHaveLength(3);
    const enrollment = await call('GET', `/v1/enrollments/${randomUUID()}`, { token });
    expect(enrollment.status).toBe(404); // authenticated, and nothing of ours there
    expect(organizationId).toBeTruthy();
  });

  it('gives the same 401 for a wrong password and for an unknown email', async () => {
    const { email } = await newOrganization();
    const wrongPassword = await call('POST', '/v1/sign-in', { body: { email, password: 'Wrong-Password-1!' } });
    const unknownEmail = await call('POST', '/v1/sign-in', {
      body: { email: uniqueEmail('nobody'), password: 'Wrong-Password-1!' },
    });
    expect(wrongPassword.status).toBe(401);
    expect(unknownEmail.status).toBe(401);
    expect(wrongPassword.body.detail).toBe(unknownEmail.body.detail);
    expect(wrongPassword.body.type).toBe(unknownEmail.body.type);
  });

  it('asks for a new password at the first sign-in with a temporary password, then the old one stops working', async () => {
    // A user created by an administrator: a Cognito user with a temporary password and its email claim.
    const { organizationId } = await newOrganization();
    const userId = randomUUID();
    const email = uniqueEmail('agent');
    const temporaryPassword = 'Temporary-Pass-1!';
    const cognito = new CognitoIdentityProviderClient({
      endpoint: stack.urls.cognito,
      region: 'us-east-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    await cognito.send(
      new AdminCreateUserCommand({
        UserPoolId: stack.env.USER_POOL_ID,
        Username: userId,
        TemporaryPassword: temporaryPassword,
        MessageAction: 'SUPPRESS',
        UserAttributes: [{ Name: 'email', Value: email }],
      }),
    );
    await table.send(
      new PutCommand({ TableName: tableName, Item: { pk: `EMAIL#${email}`, sk: 'EMAIL', userId, organizationId } }),
    );

    const first = await call('POST', '/v1/sign-in', { body: { email, password: temporaryPassword } });
    expect(first.status).toBe(200);
    expect(first.body.status).toBe('NEW_PASSWORD_REQUIRED');

    const weak = await call('POST', '/v1/sign-in/new-password', {
      body: { email, session: first.body.session, newPassword: 'weak' },
    });
    expect(weak.status).toBe(422);
    expect(weak.body.errors[0].field).toBe('newPassword');
    const stranger = await newOrganization();
    const wrongUser = await call('POST', '/v1/sign-in/new-password', {
      body: { email: stranger.email, session: first.body.session, newPassword: strongPassword },
    });
    expect(wrongUser.status).toBe(401);

    const done = await call('POST', '/v1/sign-in/new-password', {
      body: { email, session: first.body.session, newPassword: strongPassword },
    });
    expect(done.status).toBe(200);
    expect(done.body.tokens.accessToken).toBeTruthy();

    const replayed = await call('POST', '/v1/sign-in/new-password', {
      body: { email, session: first.body.session, newPassword: 'Another-Pass-2!x' },
    });
    expect(replayed.status).toBe(401);
    expect((await call('POST', '/v1/sign-in', { body: { email, password: temporaryPassword } })).status).toBe(401);
    expect(await signInToken(email, strongPassword)).toBeTruthy();
  });

  it('rejects a forged session for the new-password challenge with 401', async () => {
    const { email } = await newOrganization();
    const response = await call('POST', '/v1/sign-in/new-password', {
      body: { email, session: 'forged-session', newPassword: strongPassword },
    });
    expect(response.status).toBe(401);
  });
});

describe('an address not yet proven', () => {
  it('refuses a token its creator obtains straight from the identity provider with the temporary password', async () => {
    const admin = await newOrganization();
    const email = uniqueEmail('unproven');
    const created = await call('POST', '/v1/users', {
      token: admin.token,
      body: { fullName: 'Not Yet', email, agentRole: 'NotAnAgent', adminRole: 'NotAnAdmin' },
    });
    const cognito = new CognitoIdentityProviderClient({
      endpoint: stack.urls.cognito,
      region: 'us-east-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    const ClientId = stack.env.USER_POOL_CLIENT_ID;
    const Username = created.body.user.userId;
    const first = await cognito.send(
      new InitiateAuthCommand({
        AuthFlow: 'USER_PASSWORD_AUTH',
        ClientId,
        AuthParameters: { USERNAME: Username, PASSWORD: created.body.temporaryPassword },
      }),
    );
    const done = await cognito.send(
      new RespondToAuthChallengeCommand({
        ClientId,
        ChallengeName: 'NEW_PASSWORD_REQUIRED',
        Session: first.Session,
        ChallengeResponses: { USERNAME: Username, NEW_PASSWORD: strongPassword },
      }),
    );
    const token = done.AuthenticationResult!.AccessToken!;
    expect((await call('GET', '/v1/me/capabilities', { token })).status).toBe(401);
    // once the owner opens its link, the same kind of token works
    await confirmByEmail(email);
    expect((await call('GET', '/v1/me/capabilities', { token })).status).toBe(200);
  });
});

describe('two-step verification (TOTP)', () => {
  it('is turned on with a first code, then every sign-in asks for the app’s code; a wrong one is refused', async () => {
    const { email, token } = await newOrganization();
    const started = await call('POST', '/v1/me/mfa/totp', { token });
    expect(started.status).toBe(200);
    expect(started.body.otpauthUri).toContain(`secret=${started.body.secret}`);
    const wrongFirst = await call('POST', '/v1/me/mfa/totp/verification', { token, body: { code: '000000' } });
    expect(wrongFirst.status).toBe(422);
    expect(wrongFirst.body.errors[0].field).toBe('code');
    const enabled = await call('POST', '/v1/me/mfa/totp/verification', {
      token,
      body: { code: totpCode(started.body.secret) },
    });
    expect(enabled.status).toBe(200);

    const first = await call('POST', '/v1/sign-in', { body: { email, password: strongPassword } });
    expect(first.body.status).toBe('MFA_REQUIRED');
    const wrong = await call('POST', '/v1/sign-in/mfa', {
      body: { email, session: first.body.session, code: '123456' },
    });
    expect(wrong.status).toBe(401);
    const again = await call('POST', '/v1/sign-in', { body: { email, password: strongPassword } });
    const stranger = await newOrganization();
    const otherEmail = await call('POST', '/v1/sign-in/mfa', {
      body: { email: stranger.email, session: again.body.session, code: totpCode(started.body.secret) },
    });
    expect(otherEmail.status).toBe(401);
    const signedIn = await call('POST', '/v1/sign-in/mfa', {
      body: { email, session: again.body.session, code: totpCode(started.body.secret) },
    });
    expect(signedIn.status).toBe(200);
    expect((await call('GET', '/v1/me/capabilities', { token: signedIn.body.tokens.accessToken })).status).toBe(200);
  });
});

describe('sign-up when the identity provider is down', () => {
  it('answers 503 with Retry-After and keeps the link usable, so confirming later succeeds', async () => {
    const email = uniqueEmail('outage-founder');
    expect((await call('POST', '/v1/sign-up', { body: signUpBody(email, 'Outage S.p.A.') })).status).toBe(202);
    const token = linkToken((await waitForMail(email)).at(-1)!);
    await call('POST', '/__local/faults', { body: { service: 'identity', down: true } });
    try {
      const response = await call('POST', '/v1/email-confirmations', { body: { token, password: strongPassword } });
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
      const signIn = await call('POST', '/v1/sign-in', {
        body: { email: 'anyone@contoso.example', password: strongPassword },
      });
      expect(signIn.status).toBe(503);
      expect(signIn.headers.get('retry-after')).toMatch(/^\d+$/);
    } finally {
      await call('POST', '/__local/faults', { body: { service: 'identity', down: false } });
    }
    expect(await getItem(`EMAIL#${email}`, 'EMAIL')).toBeUndefined();
    const later = await call('POST', '/v1/email-confirmations', { body: { token, password: strongPassword } });
    expect(later.status).toBe(200);
    expect(await signInToken(email, strongPassword)).toBeTruthy();
  });
});
