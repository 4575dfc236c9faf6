import { randomUUID } from 'node:crypto';
import http from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { corsPolicy, parseCorsOrigins } from '#shared/http/cors';
import type { Route } from '#shared/http/route';
import { problemTypeUri } from '#shared/platform/problem-types';
import { BodyTooLargeError, readBody } from './http-util';
import { type Handler, invocable, lambdaContext } from './invoke';
import { apiRequestScope, auditRequest, faultProbes, type RequestScope } from './request-scope';

type HttpHandler = (
  event: APIGatewayProxyEventV2,
  context: unknown,
) => Promise<APIGatewayProxyStructuredResultV2 | string>;

export interface GatewayOptions {
  routes: readonly Route[];
  fallbackHandler: string;
  repoRoot: string;
  /** Cognito (cognito-local) issuer and app client, for the same check the JWT authorizer makes. */
  issuer: string;
  jwksUrl: string;
  audience: string;
  /** Extra routes served by the stack itself (the local control endpoints). */
  extra?: (req: http.IncomingMessage, res: http.ServerResponse) => Promise<boolean>;
}

const apiGatewayBodyLimit = 10 * 1024 * 1024;

/** Loads a handler module once, like a warm Lambda execution environment. */
export function handlerLoader(repoRoot: string) {
  const cache = new Map<string, Promise<unknown>>();
  return <T>(module: string): Promise<T> => {
    let loaded = cache.get(module);
    if (!loaded) {
      loaded = import(pathToFileURL(path.join(repoRoot, module)).href).then((m: { handler: Handler }) =>
        invocable(module, m.handler),
      );
      cache.set(module, loaded);
    }
    return loaded as Promise<T>;
  };
}

/**
 * The local HTTP gateway: the routes of the declaration, the same API Gateway v2 (payload 2.0) events, the
 * same JWT check as the authorizer on `user` routes, and `$default` for everything else.
 */
export function createGateway(options: GatewayOptions): http.Server {
  const load = handlerLoader(options.repoRoot);
  const probing = process.env.LOCAL_FAULT_PROBE === '1';
  const jwks = createRemoteJWKSet(new URL(options.jwksUrl));
  // as API Gateway does: a path with fewer parameters wins (`/v1/enrollments/current` before `/{enrollmentId}`)
  const compiled = options.routes
    .map((route) => ({ route, ...compilePath(route.path) }))
    .sort((a, b) => a.names.length - b.names.length);

  const corsOrigins = parseCorsOrigins(process.env.CORS_ORIGINS);
  return http.createServer(async (req, res) => {
    try {
      if (options.extra && (await options.extra(req, res))) return;
      // CORS as API Gateway's HTTP API applies it: preflights answered here, allowed origins on every response
      const origin = req.headers.origin;
      const allowed = origin !== undefined && corsOrigins.includes(origin);
      if (allowed) {
        res.setHeader('access-control-allow-origin', origin);
        res.setHeader('access-control-expose-headers', corsPolicy.exposeHeaders.join(','));
        res.setHeader('vary', 'origin');
      }
      if (req.method === 'OPTIONS' && req.headers['access-control-request-method']) {
        if (allowed) {
          res.setHeader('access-control-allow-methods', corsPolicy.allowMethods.join(','));
          res.setHeader('access-control-allow-headers', corsPolicy.allowHeaders.join(','));
          res.setHeader('access-control-max-age', String(corsPolicy.maxAgeSeconds));
        }
        res.writeHead(204).end();
        return;
      }
      const url = new URL(req.url ?? '/', 'http://local');
      const method = (req.method ?? 'GET').toUpperCase();
      const match = compiled.find((c) => c.route.method === method && c.regex.test(url.pathname));
      const raw = await readBody(req, apiGatewayBodyLimit).catch((error: unknown) => {
        if (error instanceof BodyTooLargeError) return undefined;
        throw error;
      });
      // API Gateway refuses a body over 10 MB itself (413); locally the answer is problem+json like every other
      if (!raw) {
        res.setHeader('connection', 'close');
        return writeRaw(res, 413, tooLargeProblem(url.pathname));
      }
      const pathParameters = match ? extractParams(match, url.pathname) : undefined;
      let claims: Record<string, unknown> | undefined;
      if (match?.route.auth === 'user') {
        claims = await verify(req.headers.authorization, jwks, options);
        if (!claims) return writeRaw(res, 401, unauthorizedProblem(url.pathname));
      }
      const event = toEvent(req, url, raw, match?.route, pathParameters, claims);
      const handler = await load<HttpHandler>(match ? match.route.handler : options.fallbackHandler);
      const operationId = match?.route.operationId ?? 'NotFound';
      if (probing && match && match.route.method !== 'GET' && !faultProbes.has(operationId)) {
        // the fault probe (tests only): the operation's first request runs once with its first table write
        // failing, then as sent; the second answer is what the caller gets
        await import('./database-fault');
        const probe: RequestScope = { operationId, writes: [], failAt: 1, attempted: 0 };
        const failed = await apiRequestScope
          .run(probe, () => handler(structuredClone(event), lambdaContext(operationId)))
          .catch(() => ({ statusCode: 502 }));
        if ((probe.attempted ?? 0) > 0) {
          faultProbes.set(operationId, {
            probeStatus: typeof failed === 'string' ? 200 : (failed.statusCode ?? 200),
            attempted: probe.attempted ?? 0,
            retryStatus: 0,
          });
        }
      }
      const scope: RequestScope = { operationId, writes: [] };
      const result = await apiRequestScope.run(scope, () => handler(event, lambdaContext(operationId)));
      const status = typeof result === 'string' ? 200 : (result.statusCode ?? 200);
      const probed = faultProbes.get(operationId);
      if (probed && probed.retryStatus === 0) {
        // a request that fails anyway (a test's own outage of email or identity) proves nothing: probe the next
        if (status >= 500) faultProbes.delete(operationId);
        else probed.retryStatus = status;
      }
      auditRequest(scope, status);
      writeResult(res, result);
    } catch (error) {
      process.stderr.write(`gateway: ${(error as Error).stack}\n`);
      writeRaw(res, 500, { message: 'Internal Server Error' });
    }
  });
}

async function verify(
  header: string | undefined,
  jwks: ReturnType<typeof createRemoteJWKSet>,
  options: GatewayOptions,
) {
  const token = header?.match(/^Bearer\s+(.+)$/i)?.[1];
  if (!token) return undefined;
  try {
    const { payload } = await jwtVerify(token, jwks, { issuer: options.issuer });
    const audience = payload.aud ?? (payload as { client_id?: string }).client_id;
    const audiences = Array.isArray(audience) ? audience : [audience];
    return audiences.includes(options.audience) ? (payload as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * API Gateway answers an authorizer rejection itself with `{"message":"Unauthorized"}`; locally we answer
 * problem+json, the shape every other 4xx of this API has.
 */
function tooLargeProblem(instance: string) {
  return {
    type: problemTypeUri('payload-too-large'),
    title: 'Payload too large',
    status: 413,
    detail: `The body is larger than ${apiGatewayBodyLimit} bytes.`,
    instance,
    correlationId: randomUUID(),
  };
}

function unauthorizedProblem(instance: string) {
  return {
    type: problemTypeUri('unauthorized'),
    title: 'Unauthorized',
    status: 401,
    detail: 'A valid bearer token is required.',
    instance,
    correlationId: randomUUID(),
  };
}

function compilePath(template: string) {
  const names: string[] = [];
  const pattern = template.replace(/[.]/g, '\\.').replace(/\{([^}]+)\}/g, (_m, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  return { regex: new RegExp(`^${pattern}$`), names };
}

function extractParams(match: { regex: RegExp; names: string[] }, pathname: string): Record<string, string> {
  const values = match.regex.exec(pathname)!.slice(1);
  return Object.fromEntries(match.names.map((name, i) => [name, decodeURIComponent(values[i]!)]));
}

const textual = /^(application\/(json|x-www-form-urlencoded|problem\+json|[a-z.+-]*\+json|xml)|text\/)/;

function toEvent(
  req: http.IncomingMessage,
  url: URL,
  raw: Buffer,
  route: Route | undefined,
  pathParameters?: Record<string, string>,
  claims?: Record<string, unknown>,
): APIGatewayProxyEventV2 {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers))
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(',') : value;
  const query: Record<string, string> = {};
  for (const [name, value] of url.searchParams) query[name] = name in query ? `${query[name]},${value}` : value;
  const isText = textual.test(headers['content-type'] ?? 'application/json');
  const now = new Date();
  const method = (req.method ?? 'GET').toUpperCase();
  const routeKey = route ? `${route.method} ${route.path}` : '$default';
  return {
    version: '2.0',
    routeKey,
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    cookies: headers.cookie?.split(';').map((c) => c.trim()),
    headers,
    queryStringParameters: Object.keys(query).length ? query : undefined,
    pathParameters,
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      domainName: headers.host ?? '127.0.0.1',
      domainPrefix: 'local',
      http: {
        method,
        path: url.pathname,
        protocol: 'HTTP/1.1',
        sourceIp: req.socket.remoteAddress ?? '127.0.0.1',
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: randomUUID(),
      routeKey,
      stage: '$default',
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
      ...(claims ? { authorizer: { jwt: { claims: claims as Record<string, string>, scopes: [] } } } : {}),
    },
    body: raw.length ? (isText ? raw.toString('utf8') : raw.toString('base64')) : undefined,
    isBase64Encoded: raw.length > 0 && !isText,
  } as APIGatewayProxyEventV2;
}

function writeResult(res: http.ServerResponse, result: APIGatewayProxyStructuredResultV2 | string): void {
  const structured: APIGatewayProxyStructuredResultV2 =
    typeof result === 'string'
      ? { statusCode: 200, body: result, headers: { 'content-type': 'application/json' } }
      : result;
  const body = structured.body
    ? Buffer.from(structured.body, structured.isBase64Encoded ? 'base64' : 'utf8')
    : Buffer.alloc(0);
  const headers: Record<string, string | number | string[]> = { 'content-length': body.length };
  for (const [name, value] of Object.entries(structured.headers ?? {})) headers[name] = String(value);
  if (structured.cookies?.length) headers['set-cookie'] = structured.cookies;
  res.writeHead(structured.statusCode ?? 200, headers);
  res.end(body);
}

function writeRaw(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': status === 401 || status === 413 ? 'application/problem+json' : 'application/json',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}
