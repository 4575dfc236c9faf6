import { buildOpenApiDocument } from '#shared/app/openapi';
import type { Route } from '#shared/http/route';

/**
 * The API style of docs/api-style.md as checks over the route declaration and its OpenAPI document. Each
 * returns the violations it finds, one sentence each; `npm test` fails on any (test/unit/api-style.test.ts).
 */

/** Verbs an operation id may begin with (AIP-131 to 136 standard methods, then our custom ones). */
export const operationVerbs = [
  'get',
  'list',
  'search',
  'create',
  'update',
  'delete',
  'add',
  'remove',
  'accept',
  'decline',
  'answer',
  'assign',
  'change',
  'complete',
  'confirm',
  'convert',
  'correct',
  'designate',
  'end',
  'import',
  'link',
  'lookup',
  'record',
  'redeliver',
  'redrive',
  'reevaluate',
  'register',
  'resend',
  'respond',
  'resume',
  'revoke',
  'review',
  'show',
  'sign',
  'start',
  'submit',
  'suspend',
  'upsert',
  'validate',
] as const;

/**
 * Custom actions: the last segment of a POST on a resource (`POST /v1/things/{id}/<action>`), one spelling each.
 * Anything else in that place must be a sub-collection or a singleton sub-resource.
 */
export const actionSegments = [
  'accept',
  'assign',
  'complete',
  'decline',
  'end',
  'redeliver',
  'redrive',
  'reevaluate',
  'remove',
  'remove-admin-access',
  'resend',
  'resume',
  'review',
  'revoke',
  'suspend',
] as const;

/** Storage attributes a response must never show. */
const internals = new Set(['pk', 'sk', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk', 'gsi3pk', 'gsi3sk', 'ttl', 'entity']);

const segmentPattern = /^(?:[a-z0-9]+(?:-[a-z0-9]+)*|\{[a-z][A-Za-z0-9]*\}|[a-z]+\.json)$/;

interface Schema {
  $ref?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  type?: unknown;
}
type Response = { content?: Record<string, { schema?: Schema } | undefined> } | undefined;
interface Operation {
  operationId: string;
  responses: Record<string, Response>;
  parameters: { name: string; in: string }[];
}
type OpenApi = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, Schema> } };
type Resolve = (schema: Schema | undefined) => Schema | undefined;

export function apiStyleViolations(routes: readonly Route[]): string[] {
  const violations: string[] = [];
  const document = buildOpenApiDocument(routes) as OpenApi;
  const resolve: Resolve = (schema) =>
    schema?.$ref ? resolve(document.components.schemas[schema.$ref.split('/').pop()!]) : schema;
  const operation = (route: Route) => document.paths[route.path]![route.method.toLowerCase()]!;
  const okBody = (route: Route) => resolve(operation(route).responses['200']?.content?.['application/json']?.schema);

  for (const route of routes) {
    const name = `${route.operationId} (${route.method} ${route.path})`;
    // paths: versioned, lowercase kebab-case segments, camelCase parameters
    if (!route.path.startsWith('/v1/')) violations.push(`${name}: paths begin with /v1/`);
    for (const segment of route.path.split('/').slice(1))
      if (!segmentPattern.test(segment)) violations.push(`${name}: segment "${segment}" is not kebab-case`);
    // operation ids: lowerCamelCase, verb first
    if (!/^[a-z][A-Za-z0-9]+$/.test(route.operationId)) violations.push(`${name}: operation ids are lowerCamelCase`);
    const verb = /^[a-z]+/.exec(route.operationId)?.[0] ?? '';
    if (!(operationVerbs as readonly string[]).includes(verb))
      violations.push(`${name}: operation ids begin with a verb of the style guide, not "${verb}"`);
    // lists: { items, nextCursor }, paged with limit and cursor
    if (/^(list|search)[A-Z]/.test(route.operationId)) {
      const body = okBody(route);
      const items = resolve(body?.properties?.items);
      if (items?.type !== 'array') violations.push(`${name}: a list answers { items: [...] }`);
      for (const key of Object.keys(body?.properties ?? {}))
        if (resolve(body!.properties![key])?.type === 'array' && key !== 'items')
          violations.push(`${name}: a list has one array, items (not "${key}")`);
      const query = new Set(
        operation(route)
          .parameters.filter((p) => p.in === 'query')
          .map((p) => p.name as string),
      );
      const paged = query.has('cursor') || body?.properties?.nextCursor !== undefined;
      if (paged && !(query.has('cursor') && query.has('limit') && body?.properties?.nextCursor))
        violations.push(`${name}: a paged list takes limit and cursor and answers nextCursor`);
    }
    // custom actions: POST /.../{id}/<action>, with one spelling each
    const segments = route.path.split('/');
    const last = segments.at(-1)!;
    if (route.method === 'POST' && segments.at(-2)?.startsWith('{') && !last.startsWith('{')) {
      const known = (actionSegments as readonly string[]).includes(last);
      const collection = routes.some((r) => r.path === route.path && r.method === 'GET') || /s$/.test(last);
      if (!known && !collection && isActionLike(last))
        violations.push(`${name}: "${last}" is not an action of the style guide (${actionSegments.join(', ')})`);
    }
    // state changes with a verb in a PUT body are actions in disguise
    if (route.method === 'PUT' && /(suspension|activation|status)$/.test(last))
      violations.push(`${name}: a state change is a POST action (…/suspend, …/resume), not a PUT of a flag`);
    // storage internals never leave
    for (const [status, response] of Object.entries(operation(route).responses)) {
      const leaked = propertyNames(resolve, response?.content?.['application/json']?.schema).filter((p) =>
        internals.has(p),
      );
      if (leaked.length) violations.push(`${name}: response ${status} shows storage attributes ${leaked.join(', ')}`);
    }
  }
  // one noun, one number: no parent holds both a singular and a plural child (application vs applications)
  const children = new Map<string, Set<string>>();
  for (const route of routes) {
    const segments = route.path.split('/');
    for (let i = 2; i < segments.length; i++) {
      const parent = segments.slice(0, i).join('/');
      if (!children.has(parent)) children.set(parent, new Set());
      children.get(parent)!.add(segments[i]!);
    }
  }
  for (const [parent, names] of children)
    for (const child of names)
      if (names.has(`${child}s`)) violations.push(`${parent}: both "${child}" and "${child}s"; one noun, one number`);
  // versioned resources: the updates of a resource whose read carries a version honour If-Match (412)
  for (const read of routes.filter((r) => r.method === 'GET')) {
    if (okBody(read)?.properties?.version === undefined) continue;
    for (const update of routes.filter(
      (r) => (r.method === 'PUT' || r.method === 'PATCH' || r.method === 'DELETE') && r.path.startsWith(read.path),
    ))
      if (!update.responses[412])
        violations.push(`${update.operationId}: updates ${read.path}, which has a version, without If-Match (412)`);
  }
  return [...new Set(violations)];
}

/** A segment that reads as a verb rather than a noun: one of the verbs, or a known verb with a suffix. */
function isActionLike(segment: string): boolean {
  const head = segment.split('-')[0]!;
  return (operationVerbs as readonly string[]).includes(head) || /^(remove|set|do|make|toggle)$/.test(head);
}

function propertyNames(resolve: Resolve, schema: Schema | undefined, seen = new Set<Schema>()): string[] {
  const node = resolve(schema);
  if (!node || typeof node !== 'object' || seen.has(node)) return [];
  seen.add(node);
  const own = Object.keys(node.properties ?? {});
  const nested = [
    ...Object.values(node.properties ?? {}),
    ...(node.items ? [node.items] : []),
    ...(node.anyOf ?? []),
    ...(node.oneOf ?? []),
    ...(node.allOf ?? []),
  ].flatMap((child) => propertyNames(resolve, child, seen));
  return [...own, ...nested];
}
