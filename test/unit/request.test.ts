import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { confirmEmailVerification, getEnrollment } from '#shared/enrollment/routes';
import { toProblem } from '#shared/http/problem';
import { parseRequest } from '#shared/http/request';
import { signUp } from '#shared/identity/routes';
import {
  BadRequestError,
  type HttpError,
  PayloadTooLargeError,
  UnsupportedMediaTypeError,
  ValidationError,
} from '#shared/platform/errors';
import type { createLogger } from '#shared/platform/logger';

const event = (overrides: Partial<APIGatewayProxyEventV2>): APIGatewayProxyEventV2 =>
  ({
    headers: { 'content-type': 'application/json' },
    requestContext: { http: { method: 'POST' } },
    ...overrides,
  }) as APIGatewayProxyEventV2;

const thrown = (fn: () => unknown): HttpError => {
  try {
    fn();
  } catch (error) {
    return error as HttpError;
  }
  throw new Error('did not throw');
};

describe('parseRequest', () => {
  it('lowercases and trims emails and uppercases countries through the schemas', () => {
    const { body } = parseRequest(
      signUp,
      event({
        body: JSON.stringify({
          organization: { legalName: ' Contoso ', country: 'it' },
          admin: { fullName: 'Ada', email: ' Ada@Contoso.IT ' },
        }),
      }),
    );
    expect(body).toMatchObject({
      organization: { legalName: 'Contoso', country: 'IT' },
      admin: { email: 'ada@contoso.it', language: 'en' },
    });
  });

  it('names every unknown field', () => {
    const error = thrown(() =>
      parseRequest(
        signUp,
        event({
          body: JSON.stringify({ organization: { legalName: 'Contoso', country: 'IT', a: 1, b: 2 }, admin: {} }),
        }),
      ),
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect(
      (error as ValidationError).errors.filter((e) => e.message === 'is not a known field').map((e) => e.field),
    ).toEqual(['organization.a', 'organization.b']);
  });

  it('says a missing field is required', () => {
    const error = thrown(() =>
      parseRequest(signUp, event({ body: JSON.stringify({ organization: { legalName: 'Contoso' } }) })),
    ) as ValidationError;
    expect(error.errors).toEqual(
      expect.arrayContaining([
        { in: 'body', field: 'organization.country', message: 'is required' },
        { in: 'body', field: 'admin', message: 'is required' },
      ]),
    );
  });

  it('answers 400 for malformed JSON and for a missing body', () => {
    expect(thrown(() => parseRequest(signUp, event({ body: '{"a":' })))).toBeInstanceOf(BadRequestError);
    expect(thrown(() => parseRequest(signUp, event({ body: undefined })))).toBeInstanceOf(BadRequestError);
  });

  it('answers 413 over 64 KiB, measured in bytes', () => {
    const body = JSON.stringify({ x: 'é'.repeat(33 * 1024) }); // 66 KB in UTF-8, 33 K characters
    expect(thrown(() => parseRequest(signUp, event({ body })))).toBeInstanceOf(PayloadTooLargeError);
  });

  it('accepts form posts only on routes that declare them', () => {
    const form = event({
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'token=AAAAAAAAAAAAAAAAAAAAAA&lang=it',
    });
    expect(parseRequest(confirmEmailVerification, form).body).toEqual({ token: 'AAAAAAAAAAAAAAAAAAAAAA', lang: 'it' });
    expect(thrown(() => parseRequest(signUp, form))).toBeInstanceOf(UnsupportedMediaTypeError);
  });

  it('validates path parameters', () => {
    const error = thrown(() =>
      parseRequest(getEnrollment, event({ pathParameters: { enrollmentId: '../../etc' } })),
    ) as ValidationError;
    expect(error.errors[0]).toMatchObject({ in: 'path', field: 'enrollmentId' });
  });
});

describe('toProblem', () => {
  const silent = () => {};
  const log = { debug: silent, info: silent, warn: silent, error: silent, child: () => log } as ReturnType<
    typeof createLogger
  >;
  it('shows 4xx details and hides 5xx internals', () => {
    const client = toProblem(new ValidationError([{ in: 'body', field: 'a', message: 'bad' }]), {
      correlationId: 'c1',
      log,
    });
    expect(client).toMatchObject({ status: 422, detail: 'a: bad', errors: [{ field: 'a' }] });
    const internal = toProblem(new Error('password=hunter2 at db.internal:5432'), { correlationId: 'c2', log });
    expect(internal.status).toBe(500);
    expect(JSON.stringify(internal)).not.toContain('hunter2');
    expect(internal.correlationId).toBe('c2');
  });
});
