import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Route, routes } from '#shared/app/routes';
import { api, newOrganization, type SignedIn } from '../support/api';
import { operator } from '../support/people';

/**
 * Hostile input, generated: for every route of the declaration, fuzzed path parameters, queries, bodies and
 * content types, plus malformed JSON, oversized bodies, path traversal and injection strings. No answer may
 * be a 5xx; every 4xx is problem+json (pages may answer with an HTML page). FUZZ_RUNS sets the requests per
 * route (a few in `npm test`; 10,000 with `npm run test:fuzz`).
 */
const runs = Number(process.env.FUZZ_RUNS ?? 8);

const hostile = fc.constantFrom(
  '../../etc/passwd',
  '..%2F..%2Fetc%2Fpasswd',
  "' OR '1'='1' --",
  '"; DROP TABLE t; --',
  '<script>alert(1)</script>',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a hostile string, sent as it is
  '${jndi:ldap://x}',
  '{{7*7}}',
  '%00',
  '\u0000',
  'A'.repeat(5000),
  '😀'.repeat(50),
  '__proto__',
  'constructor',
  '-1',
  '1e309',
  'null',
  'true',
  ' ',
  '',
);
const text = fc.oneof(hostile, fc.string({ maxLength: 60 }), fc.uuid());
const json = fc.oneof(
  fc.anything({ maxDepth: 3 }),
  fc.dictionary(fc.oneof(hostile, fc.string({ maxLength: 12 })), fc.anything({ maxDepth: 2 })),
  fc.constant({ __proto__: { polluted: true } }),
);
const rawBody = fc.oneof(
  json.map((value) => JSON.stringify(value) ?? 'null'),
  fc.constantFrom('{"unterminated": ', '{,}', '[1,2', 'NaN', '\uFEFF{}', ''),
  fc.constant(JSON.stringify({ padding: 'x'.repeat(70 * 1024) })),
  fc.string({ maxLength: 200 }),
);
const contentType = fc.constantFrom(
  'application/json',
  'application/x-www-form-urlencoded',
  'text/plain',
  'application/xml',
  'multipart/form-data; boundary=x',
  '',
);

let partner: SignedIn;
let operatorToken: string;
beforeAll(async () => {
  partner = await newOrganization();
  operatorToken = await operator();
});

function request(route: Route) {
  return fc
    .record({
      params: fc.array(text, { minLength: 4, maxLength: 4 }),
      query: fc.dictionary(
        fc.oneof(
          fc.constantFrom(
            'token',
            'q',
            'limit',
            'cursor',
            'state',
            'month',
            'market',
            'lang',
            'region',
            'country',
            'policyVersion',
            'returnTo',
            'enrollmentId',
          ),
          fc.string({ maxLength: 8 }),
        ),
        text,
        { maxKeys: 4 },
      ),
      body: rawBody,
      contentType,
    })
    .map((r) => {
      let i = 0;
      const path = route.path.replace(/\{\w+\}/g, () => encodeURIComponent(r.params[i++] ?? ''));
      const query = new URLSearchParams(r.query).toString();
      return { path: query ? `${path}?${query}` : path, body: r.body, contentType: r.contentType };
    });
}

describe('hostile input on every route', () => {
  it.each(routes.map((route) => [`${route.method} ${route.path}`, route] as const))(
    '%s: never 5xx, 4xx as problem+json',
    async (_name, route) => {
      const samples = fc.sample(request(route), runs);
      const token = route.tag === 'Operations' ? operatorToken : partner.token;
      const failures: string[] = [];
      for (let i = 0; i < samples.length; i += 8) {
        await Promise.all(
          samples.slice(i, i + 8).map(async (sample) => {
            const headers: Record<string, string> = {};
            if (sample.contentType) headers['content-type'] = sample.contentType;
            if (route.auth === 'user') headers.authorization = `Bearer ${token}`;
            const hasBody = route.method !== 'GET' && route.method !== 'DELETE';
            const response = await fetch(`${api}${sample.path}`, {
              method: route.method,
              headers,
              body: hasBody ? sample.body : undefined,
              redirect: 'manual',
            });
            const type = response.headers.get('content-type') ?? '';
            await response.arrayBuffer();
            if (response.status >= 500)
              failures.push(`${response.status} for ${sample.path} ${sample.contentType} ${sample.body.slice(0, 80)}`);
            else if (
              response.status >= 400 &&
              type !== 'application/problem+json' &&
              !(
                type.startsWith('text/html') &&
                (route.path.startsWith('/v1/pages') || route.path.startsWith('/v1/console'))
              )
            ) {
              failures.push(`${response.status} ${type} for ${sample.path}`);
            }
          }),
        );
      }
      expect(failures).toEqual([]);
    },
  );
});
