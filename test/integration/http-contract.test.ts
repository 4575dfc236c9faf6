import { describe, expect, it } from 'vitest';
import { routes } from '#shared/app/routes';
import { api, call, getItem, newOrganization, uniqueEmail } from '../support/api';
import { enrollmentBody } from '../support/enrollment';
import { seedMember } from '../support/people';

const expectProblem = (response: { status: number; headers: Headers; body: any }, status: number) => {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  expect(response.body).toMatchObject({
    status,
    type: expect.any(String),
    title: expect.any(String),
    detail: expect.any(String),
    correlationId: expect.any(String),
  });
};

describe('bad input', () => {
  it('answers malformed JSON with 400 naming the body, and writes nothing', async () => {
    const email = uniqueEmail('malformed');
    const response = await call('POST', '/v1/sign-up', {
      raw: `{"organization": {"legalName": "X", "email": "${email}"`,
      headers: { 'content-type': 'application/json' },
    });
    expectProblem(response, 400);
    expect(response.body.errors[0]).toMatchObject({ in: 'body', field: 'body' });
    expect(await getItem(`EMAIL#${email}`, 'EMAIL')).toBeUndefined();
  });

  it('names an unknown field with 422', async () => {
    const response = await call('POST', '/v1/sign-up', {
      body: {
        organization: { legalName: 'Contoso', country: 'IT', vip: true },
        admin: { fullName: 'A', email: uniqueEmail() },
      },
    });
    expectProblem(response, 422);
    expect(response.body.errors).toEqual([{ in: 'body', field: 'organization.vip', message: 'is not a known field' }]);
  });

  it('refuses a line break in any text that reaches an email header, naming the field', async () => {
    const response = await call('POST', '/v1/sign-up', {
      body: {
        organization: { legalName: 'Contoso\r\nBcc: victim@example.com', country: 'IT' },
        admin: { fullName: 'Ada', email: uniqueEmail() },
      },
    });
    expectProblem(response, 422);
    expect(response.body.errors[0]).toMatchObject({ in: 'body', field: 'organization.legalName' });
  });

  it('names a field of the wrong type with 422', async () => {
    const org = await newOrganization();
    const body = enrollmentBody();
    const response = await call('POST', '/v1/enrollments', {
      token: org.token,
      body: { ...body, primaryContact: { ...body.primaryContact, phone: 12345 } },
    });
    expectProblem(response, 422);
    expect(response.body.errors[0].field).toBe('primaryContact.phone');
  });

  it('refuses a body over 64 KiB with 413', async () => {
    const response = await call('POST', '/v1/sign-up', {
      body: {
        organization: { legalName: 'x'.repeat(70 * 1024), country: 'IT' },
        admin: { fullName: 'A', email: uniqueEmail() },
      },
    });
    expectProblem(response, 413);
  });

  it('refuses a body over 10 MB with 413 problem+json on any path, never a 5xx', async () => {
    const huge = 'a'.repeat(10 * 1024 * 1024 + 10);
    for (const path of ['/v1/sign-up', '/v1/health', '/v1/does-not-exist']) {
      const response = await call('POST', path, { raw: huge, headers: { 'content-type': 'application/json' } });
      expectProblem(response, 413);
    }
  });

  it('refuses a body that is not JSON with 415', async () => {
    const response = await call('POST', '/v1/sign-in', {
      raw: 'email=a@b.c&password=x',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expectProblem(response, 415);
    expect(response.body.errors[0].field).toBe('content-type');
  });

  it('names a malformed path parameter', async () => {
    const org = await newOrganization();
    const response = await call('GET', '/v1/enrollments/not-a-uuid', { token: org.token });
    expectProblem(response, 422);
    expect(response.body.errors[0]).toMatchObject({ in: 'path', field: 'enrollmentId' });
  });

  it('answers an unknown route with 404, and a wrong method with 405 naming the allowed ones', async () => {
    expectProblem(await call('GET', '/v1/does-not-exist'), 404);
    const wrongMethod = await call('DELETE', '/v1/sign-up');
    expectProblem(wrongMethod, 405);
    expect(wrongMethod.headers.get('allow')).toBe('POST');
    expect((await call('PATCH', '/v1/users')).headers.get('allow')).toBe('GET, POST');
  });

  it('reads a malformed cookie as a cookie it did not set, never as a 5xx', async () => {
    for (const path of ['/v1/pages/sign-in', '/v1/health']) {
      const response = await call('GET', path, { headers: { cookie: 'csp_session=%E0%A4%A; csp_csrf=%%%' } });
      expect(response.status, path).toBeLessThan(500);
    }
  });

  it('rejects a forged bearer token with 401', async () => {
    const response = await call('GET', '/v1/enrollments/6a0f3a36-56a4-4c4e-9a53-2d6fd1c0a9a5', {
      token: 'eyJhbGciOiJub25lIn0.eyJ1c2VybmFtZSI6Im1lIn0.',
    });
    expectProblem(response, 401);
  });
});

describe('correlation ids', () => {
  it('echoes a given correlation id and makes one when absent', async () => {
    const given = await call('GET', '/v1/health', { headers: { 'x-correlation-id': 'trace-1234567890' } });
    expect(given.headers.get('x-correlation-id')).toBe('trace-1234567890');
    const made = await call('GET', '/v1/health');
    expect(made.headers.get('x-correlation-id')).toMatch(/^[0-9a-f-]{36}$/);
    const problem = await call('GET', '/v1/nowhere', { headers: { 'x-correlation-id': 'trace-abcdefghij' } });
    expect(problem.status).toBe(404);
  });
});

describe('platform', () => {
  it('reports every part healthy', async () => {
    const response = await call('GET', '/v1/health');
    expect(response.status).toBe(200);
    expect(Object.keys(response.body.checks).sort()).toEqual(['email', 'table', 'userPool', 'workflow']);
    expect(Object.values(response.body.checks).every((check: any) => check.ok)).toBe(true);
  });

  it('describes every route in an OpenAPI 3.1 document, findable by operation id', async () => {
    const response = await call('GET', '/v1/openapi.json');
    expect(response.status).toBe(200);
    expect(response.body.openapi).toBe('3.1.0');
    const operations = Object.entries(
      response.body.paths as Record<string, Record<string, { operationId: string }>>,
    ).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => `${operation.operationId} ${method.toUpperCase()} ${path}`),
    );
    expect(operations.sort()).toEqual(
      routes.map((route) => `${route.operationId} ${route.method} ${route.path}`).sort(),
    );
    for (const id of [
      'signUp',
      'signIn',
      'completeNewPassword',
      'createEnrollment',
      'getEnrollment',
      'confirmEmailVerification',
      'getHealth',
    ]) {
      expect(operations.some((op) => op.startsWith(`${id} `))).toBe(true);
    }
  });
});

describe('paging cursors', () => {
  it('are opaque and sealed: unreadable, and a forged, tampered or foreign cursor answers 422 naming the cursor', async () => {
    const org = await newOrganization();
    await seedMember(org, { agentRole: 'SalesAgent', adminRole: 'NotAnAdmin' });
    const first = await call('GET', '/v1/users?limit=1', { token: org.token });
    expect(first.status).toBe(200);
    const cursor: string = first.body.nextCursor;
    expect(cursor).toMatch(/^[\w-]+$/);
    expect((await call('GET', `/v1/users?limit=1&cursor=${cursor}`, { token: org.token })).status).toBe(200);
    // nothing of the key shows through: no partition name, no organization id
    const bytes = Buffer.from(cursor, 'base64url').toString('latin1');
    expect(bytes).not.toContain('ORG#');
    expect(bytes).not.toContain(org.organizationId);

    const readable = { pk: 'USER#x', sk: 'USER', gsi1pk: `ORG#${org.organizationId}#USERS`, gsi1sk: 'a' };
    const flipped = Buffer.from(cursor, 'base64url');
    flipped[20] = flipped[20]! ^ 1;
    for (const bad of [
      Buffer.from(JSON.stringify(readable)).toString('base64url'), // readable, as cursors used to be
      flipped.toString('base64url'), // one bit changed
      `${cursor}x`,
      cursor.slice(0, -2),
      'not-a-cursor',
    ]) {
      const response = await call('GET', `/v1/users?cursor=${encodeURIComponent(bad)}`, { token: org.token });
      expectProblem(response, 422);
      expect(response.body.errors[0]).toMatchObject({ in: 'query', field: 'cursor' });
    }
    // a genuine cursor of another list
    const foreignList = await call('GET', `/v1/leads?cursor=${cursor}`, { token: org.token });
    expectProblem(foreignList, 422);
    expect(foreignList.body.errors[0]).toMatchObject({ in: 'query', field: 'cursor' });
  });
});

describe('browsers on other domains, and HTTPS', () => {
  const portal = 'https://portal.distributor.example';
  it('answers a preflight from an allowed origin, and only from it', async () => {
    const preflight = (origin: string) =>
      fetch(`${api}/v1/customers`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' },
      });
    const allowed = await preflight(portal);
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(portal);
    expect(allowed.headers.get('access-control-allow-methods')).toContain('PATCH');
    expect(allowed.headers.get('access-control-allow-headers')).toContain('idempotency-key');
    const other = await preflight('https://evil.example');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('lets an allowed origin read answers and their correlation id; every answer asks for HTTPS', async () => {
    const response = await fetch(`${api}/v1/health`, { headers: { origin: portal } });
    expect(response.headers.get('access-control-allow-origin')).toBe(portal);
    expect(response.headers.get('access-control-expose-headers')).toContain('x-correlation-id');
    expect(response.headers.get('vary')).toContain('origin');
    expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    const problem = await fetch(`${api}/v1/nowhere`, { headers: { origin: 'https://evil.example' } });
    expect(problem.headers.get('access-control-allow-origin')).toBeNull();
    expect(problem.headers.get('strict-transport-security')).toBeTruthy();
  });
});
