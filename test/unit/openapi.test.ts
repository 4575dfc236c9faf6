import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '#shared/app/openapi';
import { routes } from '#shared/app/routes';
import { openApiTypes } from '../../local/openapi-types';

describe('the route declaration and its OpenAPI document', () => {
  it('gives every route a unique operation id and a unique method and path', () => {
    const ids = routes.map((route) => route.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    const keys = routes.map((route) => `${route.method} ${route.path}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('declares a schema for every path parameter', () => {
    for (const route of routes) {
      const names = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      const document = buildOpenApiDocument([route]) as {
        paths: Record<string, Record<string, { parameters: { name: string; in: string }[] }>>;
      };
      const declared = document.paths[route.path]![route.method.toLowerCase()]!.parameters.filter(
        (p) => p.in === 'path',
      ).map((p) => p.name);
      expect(declared.sort(), route.operationId).toEqual(names.sort());
    }
  });

  it('requires a permission on every signed-in route', () => {
    for (const route of routes.filter((r) => r.auth === 'user'))
      expect(route.permission, route.operationId).toBeDefined();
  });

  it('describes request bodies with the same zod schemas that validate them', () => {
    const document = buildOpenApiDocument(routes) as any;
    const schema = document.paths['/v1/enrollments'].post.requestBody.content['application/json'].schema;
    expect(schema.required).toEqual(['support']);
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(['legalProfile', 'primaryContact', 'partnerId']),
    );
    expect(schema.additionalProperties).toBe(false);
    expect(document.paths['/v1/enrollments'].post.responses['403']).toBeDefined();
  });

  it('is a valid OpenAPI 3.1 document: every reference resolves, as a client generator reads it', async () => {
    const document = buildOpenApiDocument(routes, 'https://partner.example');
    const text = JSON.stringify(document);
    expect(text).not.toContain('#/$defs/');
    const { default: SwaggerParser } = await import('@apidevtools/swagger-parser');
    // validate() dereferences every $ref and checks the document against the OpenAPI 3.1 schema
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeTruthy();
  }, 30_000);

  it('passes Redocly’s lint (redocly.yaml: the recommended ruleset) without an error or a warning', async () => {
    const { lintFromString, loadConfig } = await import('@redocly/openapi-core');
    const config = await loadConfig({ configPath: 'redocly.yaml' });
    const problems = await lintFromString({
      source: JSON.stringify(buildOpenApiDocument(routes, 'https://partner.example')),
      absoluteRef: 'openapi.json',
      config,
    });
    expect(problems.map((p) => `${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`)).toEqual([]);
  }, 30_000);

  it('generates a typed client: every operation id is an operation of the generated types (run npm run docs)', async () => {
    const types = await openApiTypes(buildOpenApiDocument(routes));
    for (const route of routes) expect(types, route.operationId).toContain(`${route.operationId}: {`);
    expect(types).toContain('Enrollment: {');
    // the integration tests' client is typed by this very file
    expect(readFileSync('test/support/openapi-types.ts', 'utf8')).toBe(types);
  }, 30_000);
});
