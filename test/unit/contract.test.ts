import { describe, expect, it } from 'vitest';
import { checkResponse, undeclaredFields } from '../support/contract';

describe('the response contract check', () => {
  it('finds fields a schema does not declare, at any depth', () => {
    expect(
      undeclaredFields(
        { a: 1, pk: 'ORG#1', b: { c: 1, sk: 'x' }, d: [{ e: 1, gsi1pk: 'y' }] },
        { a: 1, b: { c: 1 }, d: [{ e: 1 }] },
      ),
    ).toEqual(['pk', 'b.sk', 'd[0].gsi1pk']);
  });

  it('refuses a response that carries storage keys, or has no declared body', () => {
    const enrollment = { pk: 'ORG#1' };
    expect(() => checkResponse('GET', '/v1/enrollments/x', 200, 'application/json', enrollment)).toThrow(
      /does not match|does not declare/,
    );
    expect(() =>
      checkResponse('GET', '/v1/health', 200, 'application/json', { status: 'ok', checks: {}, extra: 1 }),
    ).toThrow(/carries fields it does not declare: extra/);
    expect(() =>
      checkResponse('GET', '/v1/health', 200, 'application/json', { status: 'ok', checks: {} }),
    ).not.toThrow();
  });
});
