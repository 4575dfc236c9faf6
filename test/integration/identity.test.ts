import { randomUUID } from 'node:crypto';
import { AdminCreateUserCommand, CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import {
  call,
  getItem,
  newOrganization,
  signInToken,
  stack,
  strongPassword,
  table,
  tableName,
  uniqueEmail,
} from '../support/api';

describe('sign-up', () => {
  it('creates an organization whose first user is its global admin', async () => {
    const email = uniqueEmail('founder');
    const response = await call('POST', '/v1/sign-up', {
      body: {
        organization: { legalName: 'Fabrikam Iberia S.L.', country: 'es' },
        admin: { fullName: 'Lucía García', email, password: strongPassword, language: 'es' },
      },
    });
    expect(response.status).toBe(201);
    expect(response.body.roles).toEqual({ agentRole: 'NotAnAgent', adminRole: 'GlobalAdmin' });
    const organization = await getItem(`ORG#${response.body.organizationId}`, 'PROFILE');
    expect(organization).toMatchObject({ legalName: 'Fabrikam Iberia S.L.', country: 'ES' });
    const member = await getItem(`USER#${response.body.userId}`, 'PROFILE');
    expect(member).toMatchObject({
      organizationId: response.body.organizationId,
      adminRole: 'GlobalAdmin',
      email,
      language: 'es',
    });
  });

  it('answers 409 to an email already registered, whatever its case, and writes nothing', async () => {
    const { email } = await newOrganization();
    const response = await call('POST', '/v1/sign-up', {
      body: {
        organization: { legalName: 'Copycat Ltd', country: 'GB' },
        admin: { fullName: 'Mallory', email: email.toUpperCase(), password: strongPassword },
      },
    });
    expect(response.status).toBe(409);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(response.body.errors).toEqual([{ in: 'body', field: 'admin.email', message: 'is already registered' }]);
    const claim = await getItem(`EMAIL#${email}`, 'EMAIL');
    const original = await getItem(`USER#${claim!.userId}`, 'PROFILE');
    expect(original!.fullName).toBe('Ada Rossi');
  });

  it('names each invalid field of a sign-up', async () => {
    const response = await call('POST', '/v1/sign-up', {
      body: {
        organization: { legalName: 'X', country: 'ZZ' },
        admin: { fullName: '', email: 'not-an-email', password: 'short' },
      },
    });
    expect(response.status).toBe(422);
    const fields = response.body.errors.map((error: { field: string }) => error.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'organization.legalName',
        'organization.country',
        'admin.fullName',
        'admin.email',
        'admin.password',
      ]),
    );
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

describe('sign-up when the identity provider is down', () => {
  it('answers 503 with Retry-After and releases the email, so a later sign-up succeeds', async () => {
    const email = uniqueEmail('outage-founder');
    const body = {
      organization: { legalName: 'Outage S.p.A.', country: 'IT' },
      admin: { fullName: 'Ada', email, password: strongPassword },
    };
    await call('POST', '/__local/faults', { body: { service: 'identity', down: true } });
    try {
      const response = await call('POST', '/v1/sign-up', { body });
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
    expect((await call('POST', '/v1/sign-up', { body })).status).toBe(201);
  });
});
