import { describe, expect, it } from 'vitest';
import { apiStyleViolations } from '#shared/app/api-style';
import { routes } from '#shared/app/routes';
import { defineRoute } from '#shared/http/route';
import * as z from '#shared/platform/zod';

const base = { summary: 's', tag: 'T', handler: 'h.ts', auth: 'user', permission: 'self:read', grants: {} } as const;

describe('the API style (docs/api-style.md)', () => {
  it('holds for every route of the declaration', () => {
    expect(apiStyleViolations(routes)).toEqual([]);
  });

  it('finds each kind of break it is meant to keep out', () => {
    const broken = [
      defineRoute({
        ...base,
        operationId: 'listThings',
        method: 'GET',
        path: '/v1/things',
        responses: { 200: { description: 'd', body: z.object({ things: z.array(z.string()) }) } },
      }),
      defineRoute({
        ...base,
        operationId: 'getThing',
        method: 'GET',
        path: '/v1/thing',
        responses: { 200: { description: 'd', body: z.object({ version: z.number(), pk: z.string() }) } },
      }),
      defineRoute({
        ...base,
        operationId: 'setThingSuspension',
        method: 'PUT',
        path: '/v1/thing/suspension',
        responses: { 200: { description: 'd' } },
      }),
      defineRoute({
        ...base,
        operationId: 'removeThingAdmin',
        method: 'POST',
        path: '/v1/things/{thingId}/remove-admin',
        responses: { 200: { description: 'd' } },
      }),
      defineRoute({
        ...base,
        operationId: 'Bad_name',
        method: 'GET',
        path: '/v1/Bad_Path',
        responses: { 200: { description: 'd' } },
      }),
    ];
    const found = apiStyleViolations(broken).join('\n');
    expect(found).toContain('listThings (GET /v1/things): a list answers { items: [...] }');
    expect(found).toContain('a list has one array, items (not "things")');
    expect(found).toContain('response 200 shows storage attributes pk');
    expect(found).toContain('a state change is a POST action');
    expect(found).toContain('"remove-admin" is not an action of the style guide');
    expect(found).toContain('/v1: both "thing" and "things"');
    expect(found).toContain('setThingSuspension: updates /v1/thing, which has a version, without If-Match (412)');
    expect(found).toContain('segment "Bad_Path" is not kebab-case');
    expect(found).toContain('Bad_name (GET /v1/Bad_Path): operation ids are lowerCamelCase');
    expect(found).toContain('operation ids begin with a verb of the style guide, not "set"');
  });
});
