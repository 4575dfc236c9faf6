import type { Route } from '#shared/http/route';
import { Problem } from '#shared/platform/schemas';
import * as z from '#shared/platform/zod';

/**
 * Builds the OpenAPI 3.1 document from the route declaration and its zod schemas: the same schemas that
 * validate requests describe them, so the document cannot drift from the code.
 */
export function buildOpenApiDocument(routes: readonly Route[], serverUrl = '/'): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const operation: Record<string, unknown> = {
      operationId: route.operationId,
      summary: route.summary,
      tags: [route.tag],
      security: route.auth === 'user' ? [{ bearer: [] }] : [],
      parameters: [
        ...parametersOf(route.request?.params, 'path'),
        ...parametersOf(route.request?.query, 'query'),
        correlationHeader,
        ...(route.method === 'POST' && route.idempotency?.mode !== 'none' ? [idempotencyHeader] : []),
      ],
      responses: responsesOf(route),
    };
    if (route.permission) operation['x-permission'] = route.permission;
    if (route.request?.body) {
      const schema = toSchema(route.request.body, 'input');
      operation.requestBody = {
        required: true,
        content: {
          'application/json': { schema },
          ...(route.request.form ? { 'application/x-www-form-urlencoded': { schema } } : {}),
        },
      };
    }
    (paths[route.path] ??= {})[route.method.toLowerCase()] = operation;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Cloud Solution Provider partner program API',
      version: '1.0.0',
      description:
        'Indirect reseller enrollment, partner users and roles, provider and customer relationships, direct-bill eligibility.',
    },
    servers: [{ url: serverUrl }],
    paths,
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'Access token from signIn.' },
      },
      schemas: { Problem: toSchema(Problem, 'output') },
    },
  };
}

const correlationHeader = {
  name: 'x-correlation-id',
  in: 'header',
  required: false,
  description: 'Echoed on the response and in every log line; generated when absent.',
  schema: { type: 'string' },
};

const idempotencyHeader = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description:
    'Repeat a POST safely: the same key and body within 24 hours return the first response (secrets shown once are left out) with one effect.',
  schema: { type: 'string', pattern: '^[A-Za-z0-9._:-]{8,128}$' },
};

function toSchema(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
    target: 'draft-2020-12',
  }) as Record<string, unknown>;
  return rest;
}

function parametersOf(schema: z.ZodType | undefined, where: 'path' | 'query'): Record<string, unknown>[] {
  if (!schema) return [];
  const json = toSchema(schema, 'input') as { properties?: Record<string, unknown>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || (json.required ?? []).includes(name),
    schema: property,
  }));
}

function responsesOf(route: Route): Record<string, unknown> {
  const responses: Record<string, unknown> = {};
  for (const [status, spec] of Object.entries(route.responses)) {
    const isError = Number(status) >= 400;
    const content = spec.html
      ? { 'text/html': { schema: { type: 'string' } } }
      : spec.body
        ? { 'application/json': { schema: toSchema(spec.body, 'output') } }
        : isError
          ? { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } }
          : undefined;
    responses[status] = content ? { description: spec.description, content } : { description: spec.description };
  }
  const problem = (description: string) => ({
    description,
    content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
  });
  if (route.request?.body) {
    responses['400'] ??= problem('Malformed JSON or a missing body.');
    responses['413'] ??= problem('The body is larger than 64 KiB.');
    responses['415'] ??= problem('Unsupported content type.');
  }
  if (route.request) responses['422'] ??= problem('A field is not valid; `errors` names each one.');
  if (route.auth === 'user') {
    responses['401'] ??= problem('Not signed in.');
    if (route.permission)
      responses['403'] ??= problem(
        'The caller’s roles do not grant the permission; the problem names it and the roles that grant it.',
      );
  }
  responses['500'] ??= problem('Internal error; quote the correlation id.');
  return responses;
}
