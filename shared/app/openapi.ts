import type { Route } from '#shared/http/route';
import { Problem } from '#shared/platform/schemas';
import * as z from '#shared/platform/zod';

/**
 * Builds the OpenAPI 3.1 document from the route declaration and its zod schemas: the same schemas that
 * validate requests describe them, so the document cannot drift from the code.
 */
export function buildOpenApiDocument(routes: readonly Route[], serverUrl = '/'): Record<string, unknown> {
  const components = new Components();
  const toSchema = (schema: z.ZodType, io: 'input' | 'output') => components.schemaOf(schema, io);
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const operation: Record<string, unknown> = {
      operationId: route.operationId,
      summary: route.summary,
      tags: [route.tag],
      security: route.auth === 'user' ? [{ bearer: [] }] : [],
      parameters: [
        ...parametersOf(route.request?.params, 'path', toSchema),
        ...parametersOf(route.request?.query, 'query', toSchema),
        correlationHeader,
        ...(route.method === 'POST' && route.idempotency?.mode !== 'none' ? [idempotencyHeader] : []),
        ...(isJsonRead(route) ? [ifNoneMatchHeader] : []),
        ...(route.responses[412] ? [{ ...ifMatchHeader, required: Boolean(route.responses[428]) }] : []),
      ],
      responses: responsesOf(route, toSchema),
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
  // the problem schema is a named one: converting it registers it with the components
  toSchema(Problem, 'output');
  const schemas = components.resolve();
  return {
    openapi: '3.1.0',
    info: {
      title: 'Cloud Solution Provider partner program API',
      version: '1.0.0',
      license: { name: 'Proprietary', identifier: 'LicenseRef-Proprietary' },
      description:
        'Indirect reseller enrollment, partner users and roles, provider and customer relationships, direct-bill eligibility.',
    },
    servers: [{ url: serverUrl }],
    paths,
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'Access token from signIn.' },
      },
      schemas,
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

const ifNoneMatchHeader = {
  name: 'If-None-Match',
  in: 'header',
  required: false,
  description: 'The ETag of the copy you hold: 304 without a body when it is still current.',
  schema: { type: 'string' },
};

const ifMatchHeader = {
  name: 'If-Match',
  in: 'header',
  description: 'The ETag you read: 412 when the resource changed since, so a concurrent change is not lost.',
  schema: { type: 'string' },
};

const etagHeader = {
  description: 'The version of the resource where it has one (send it as If-Match), else a digest of the body.',
  schema: { type: 'string' },
};

/** A read answered with JSON: it carries an ETag and honours If-None-Match. */
export const isJsonRead = (route: Route) =>
  route.method === 'GET' && route.responses[200] !== undefined && !route.responses[200].html;

type ToSchema = (schema: z.ZodType, io: 'input' | 'output') => Record<string, unknown>;

/**
 * The named schemas (those with a zod `id`) become `components/schemas`, referenced from every operation: zod
 * puts them in each schema's own `$defs`, which a `#/$defs/...` reference cannot reach from inside the document.
 * A schema that reads differently as input (defaults make fields optional) gets its own `<Name>Input`. References
 * are rewritten once every schema is known, so a name is chosen before any reference to it is written.
 */
class Components {
  private readonly defs: Record<'input' | 'output', Map<string, Record<string, unknown>>> = {
    input: new Map(),
    output: new Map(),
  };
  private readonly pending: { node: Record<string, unknown>; io: 'input' | 'output' }[] = [];

  schemaOf(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
    const {
      $schema: _ignored,
      $defs,
      ...rest
    } = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as Record<string, unknown>;
    for (const [name, def] of Object.entries(($defs ?? {}) as Record<string, Record<string, unknown>>)) {
      if (!this.defs[io].has(name)) {
        this.defs[io].set(name, def);
        this.pending.push({ node: def, io });
      }
    }
    this.pending.push({ node: rest, io });
    return rest;
  }

  /** The components' schemas, with every reference (in operations too) pointing into them. */
  resolve(): Record<string, unknown> {
    const same = (name: string) =>
      JSON.stringify(this.defs.input.get(name)) === JSON.stringify(this.defs.output.get(name));
    const nameOf = (name: string, io: 'input' | 'output') =>
      io === 'input' && this.defs.output.has(name) && !same(name) ? `${name}Input` : name;
    for (const { node, io } of this.pending) rewriteRefs(node, (name) => `#/components/schemas/${nameOf(name, io)}`);
    const schemas: Record<string, unknown> = {};
    for (const io of ['output', 'input'] as const)
      for (const [name, def] of this.defs[io]) schemas[nameOf(name, io)] ??= def;
    return Object.fromEntries(Object.entries(schemas).sort(([a], [b]) => a.localeCompare(b)));
  }
}

function rewriteRefs(node: unknown, target: (name: string) => string): void {
  if (Array.isArray(node)) {
    for (const item of node) rewriteRefs(item, target);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  if (typeof record.$ref === 'string' && record.$ref.startsWith('#/$defs/'))
    record.$ref = target(record.$ref.slice('#/$defs/'.length));
  for (const value of Object.values(record)) rewriteRefs(value, target);
}

function parametersOf(
  schema: z.ZodType | undefined,
  where: 'path' | 'query',
  toSchema: ToSchema,
): Record<string, unknown>[] {
  if (!schema) return [];
  const json = toSchema(schema, 'input') as { properties?: Record<string, unknown>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || (json.required ?? []).includes(name),
    schema: property,
  }));
}

function responsesOf(route: Route, toSchema: ToSchema): Record<string, unknown> {
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
  if (isJsonRead(route)) {
    responses['200'] = { ...(responses['200'] as object), headers: { ETag: etagHeader } };
    responses['304'] = {
      description: 'Not modified: the If-None-Match ETag is current.',
      headers: { ETag: etagHeader },
    };
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
