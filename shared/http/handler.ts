import middy from '@middy/core';
import type {
  APIGatewayProxyEventV2,
  APIGatewayProxyEventV2WithJWTAuthorizer,
  APIGatewayProxyResultV2,
  APIGatewayProxyStructuredResultV2,
  Context,
} from 'aws-lambda';
import { securityHeaders } from '#shared/http/headers';
import { problemContentType, toProblem } from '#shared/http/problem';
import { parseRequest } from '#shared/http/request';
import type { Route } from '#shared/http/route';
import { etagOfBody, matchesAny } from '#shared/http/versions';
import { type Actor, asActor } from '#shared/platform/actor';
import { newId } from '#shared/platform/crypto';
import { ForbiddenError, ServiceUnavailableError, UnauthorizedError, ValidationError } from '#shared/platform/errors';
import {
  type RequestKey,
  replayOf,
  requestKey,
  type StoredResponse,
  storeResponse,
  withRequestKey,
} from '#shared/platform/idempotency';
import { type Logger, logger as rootLogger } from '#shared/platform/logger';
import { observed } from '#shared/platform/observability';
import { asOutage } from '#shared/platform/outage';
import { pageCsp } from '#shared/platform/pages/style';
import { KeyAlreadyUsed } from '#shared/platform/request-key';
import type * as z from '#shared/platform/zod';
import { getMember, type Member, mayAct } from '#shared/users/members-store';
import { grantingRoles, isGranted, type Permission, permissionTable } from '#shared/users/permissions';

type Out<T> = T extends z.ZodType ? z.output<T> : undefined;
type RequestOf<R extends Route> = NonNullable<R['request']>;

/** What a handler function receives: validated input, the caller (on `user` routes) and request context. */
export interface Input<R extends Route> {
  body: Out<RequestOf<R>['body']>;
  params: Out<RequestOf<R>['params']>;
  query: Out<RequestOf<R>['query']>;
  caller: R['auth'] extends 'user' ? Member : undefined;
  correlationId: string;
  log: Logger;
  /** Client address and user agent, for attestations. */
  client: { ip: string; userAgent: string };
  headers: Record<string, string | undefined>;
  /** Request cookies by name (API Gateway v2 `cookies`). */
  cookies: Record<string, string>;
  /** The path and query string as requested (a screen's own address, to come back to after sign-in). */
  requestPath: string;
}

export interface Reply {
  status: number;
  body?: unknown;
  /** An HTML page instead of JSON. */
  html?: string;
  headers?: Record<string, string>;
  /** Set-Cookie values (API Gateway v2 `cookies`). */
  cookies?: string[];
}

export const reply = {
  ok: (body: unknown, headers?: Record<string, string>): Reply => ({ status: 200, body, headers }),
  created: (body: unknown, location?: string, headers: Record<string, string> = {}): Reply => ({
    status: 201,
    body,
    headers: { ...(location ? { location } : {}), ...headers },
  }),
  noContent: (): Reply => ({ status: 204 }),
  status: (status: number, body: unknown): Reply => ({ status, body }),
  page: (html: string, status = 200, cookies?: string[]): Reply => ({ status, html, cookies }),
  redirect: (location: string, cookies?: string[]): Reply => ({ status: 303, headers: { location }, cookies }),
};

interface RequestState {
  correlationId: string;
  log: Logger;
  startedAt: number;
}

type Event = APIGatewayProxyEventV2;

/**
 * Wraps a handler function for one route: correlation id and structured logs, request parsing with the
 * route's zod schemas, the caller's membership (roles read from the table on every call, so a change takes
 * effect on the next request), and one error mapping to RFC 9457 problem+json.
 *
 * @example
 * export const handler = httpHandler(getEnrollment, async ({ params, caller }) => reply.ok(view));
 */
export function httpHandler<R extends Route>(route: R, fn: (input: Input<R>) => Promise<Reply>) {
  const states = new WeakMap<Event, RequestState>();
  const stateOf = (event: Event): RequestState => {
    let state = states.get(event);
    if (!state) {
      const correlationId = correlationIdOf(event);
      state = {
        correlationId,
        log: rootLogger.child({ correlationId, operationId: route.operationId }),
        startedAt: Date.now(),
      };
      states.set(event, state);
    }
    return state;
  };

  return middy<Event, APIGatewayProxyResultV2, Error, Context>()
    .use(observed<Event, APIGatewayProxyResultV2>())
    .use({
      after: (request) => {
        request.response = withCorrelation(
          request.response as APIGatewayProxyStructuredResultV2,
          stateOf(request.event),
          request.event,
        );
      },
      onError: (request) => {
        const state = stateOf(request.event);
        const outage = asOutage(request.error);
        if (outage) state.log.warn('dependency unavailable', { error: request.error });
        const problem = toProblem(outage ?? request.error, {
          correlationId: state.correlationId,
          instance: request.event.rawPath,
          log: state.log,
        });
        const response = {
          statusCode: problem.status,
          headers: {
            'content-type': problemContentType,
            ...(outage instanceof ServiceUnavailableError ? { 'retry-after': String(outage.retryAfterSeconds) } : {}),
          },
          body: JSON.stringify(problem),
        };
        request.response = withCorrelation(response, state, request.event);
      },
    })
    .handler(async (event) => {
      const state = stateOf(event);
      // Who, then what they may do, then what they sent: a caller without access learns nothing from validation.
      // an Idempotency-Key's record is read beside the caller's membership (one round, not two); what it holds
      // is used, and a malformed key named, only once the caller is known to be allowed
      const keyed = keyedRequest(route, event);
      const caller = route.auth === 'user' ? await resolveCaller(event) : undefined;
      if (caller && route.permission) requirePermission(caller, route.permission);
      const { body, params, query } = parseRequest(route, event);
      if (keyed?.invalid) throw keyed.invalid;
      const key = keyed?.key;
      const replay = keyed?.replay && (await keyed.replay);
      if (replay) return replayed(replay);
      const input = {
        body: body as Input<R>['body'],
        params: params as Input<R>['params'],
        query: query as Input<R>['query'],
        caller: caller as Input<R>['caller'],
        correlationId: state.correlationId,
        log: state.log,
        client: { ip: event.requestContext.http.sourceIp, userAgent: event.requestContext.http.userAgent ?? '' },
        headers: event.headers ?? {},
        cookies: parseCookies(event.cookies ?? (event.headers?.cookie ? event.headers.cookie.split(';') : [])),
        requestPath: `${event.rawPath}${event.rawQueryString ? `?${event.rawQueryString}` : ''}`,
      };
      const actor: Actor = caller
        ? { kind: 'user', userId: caller.userId, organizationId: caller.organizationId, operationId: route.operationId }
        : { kind: 'public', operationId: route.operationId };
      const run = () => asActor(actor, () => fn(input));
      if (!key) return conditional(event, toResult(await run()));
      let result: Reply;
      try {
        result = await withRequestKey(key, run);
      } catch (error) {
        // the same key committed first, in a concurrent request: answer what it answers
        if (error instanceof KeyAlreadyUsed) return replayed((await replayOf(key))!);
        throw error;
      }
      const response = toResult(result);
      await storeResponse(key, storable(route, response), state.log);
      return response;
    });
}

/**
 * Every successful JSON read carries an ETag: the resource's version where it has one (the value If-Match takes
 * on its updates), else a digest of the body (lists, views). A read whose If-None-Match names the current ETag
 * answers 304 without a body, so a client polling an unchanged resource spends no bandwidth.
 */
function conditional(event: Event, response: APIGatewayProxyStructuredResultV2): APIGatewayProxyStructuredResultV2 {
  if (event.requestContext.http.method !== 'GET' || response.statusCode !== 200 || response.body === undefined)
    return response;
  const headers = { ...response.headers } as Record<string, string>;
  if (!String(headers['content-type'] ?? '').startsWith('application/json')) return response;
  headers.etag ??= etagOfBody(response.body);
  if (matchesAny(event.headers?.['if-none-match'], headers.etag)) {
    const { 'content-type': _type, ...rest } = headers;
    return { statusCode: 304, headers: rest };
  }
  return { ...response, headers };
}

/** The signed-in caller: the JWT was verified by the authorizer; the membership decides what it may do. */
async function resolveCaller(event: Event): Promise<Member> {
  const claims = (event as APIGatewayProxyEventV2WithJWTAuthorizer).requestContext.authorizer?.jwt?.claims ?? {};
  const userId = typeof claims.username === 'string' ? claims.username : undefined;
  if (!userId) throw new UnauthorizedError();
  const member = await getMember(userId);
  if (!mayAct(member, Number(claims.iat) || undefined))
    throw new UnauthorizedError(
      'This user has no access: it may have been removed, or must confirm its email or choose a password.',
    );
  return member;
}

const correlationPattern = /^[A-Za-z0-9._-]{8,128}$/;

function correlationIdOf(event: Event): string {
  const given = event.headers?.['x-correlation-id'];
  if (given && correlationPattern.test(given)) return given;
  return event.requestContext?.requestId || newId();
}

const pageHeaders = { 'content-security-policy': pageCsp, 'x-frame-options': 'DENY' };

function toResult(result: Reply): APIGatewayProxyStructuredResultV2 {
  const cookies = result.cookies?.length ? { cookies: result.cookies } : {};
  if (result.html !== undefined) {
    return {
      statusCode: result.status,
      headers: { 'content-type': 'text/html; charset=utf-8', ...pageHeaders, ...result.headers },
      body: result.html,
      ...cookies,
    };
  }
  if (result.body === undefined) return { statusCode: result.status, headers: result.headers, ...cookies };
  return {
    statusCode: result.status,
    headers: { 'content-type': 'application/json', ...result.headers },
    body: JSON.stringify(result.body),
  };
}

function withCorrelation(
  response: APIGatewayProxyStructuredResultV2,
  state: RequestState,
  event: Event,
): APIGatewayProxyStructuredResultV2 {
  state.log.info('request', {
    method: event.requestContext.http.method,
    path: event.rawPath,
    status: response.statusCode,
    durationMs: Date.now() - state.startedAt,
  });
  return { ...response, headers: { ...securityHeaders, ...response.headers, 'x-correlation-id': state.correlationId } };
}

/** Throws 403 naming the missing permission and the roles that grant it. */
export function requirePermission(caller: Member, permission: Permission): void {
  if (isGranted(caller, permission)) return;
  const roles = grantingRoles(permission);
  throw new ForbiddenError(
    `This operation needs the permission "${permission}" (${permissionTable[permission].description}), granted by: ${roles.join(', ')}.`,
    {
      missingPermission: permission,
      grantedBy: roles,
      yourRoles: {
        agentRole: caller.agentRole,
        adminRole: caller.adminRole,
        ...(caller.platformRole ? { platformRole: caller.platformRole } : {}),
      },
    },
  );
}

function parseCookies(cookies: string[]): Record<string, string> {
  const parsed: Record<string, string> = {};
  for (const cookie of cookies) {
    const at = cookie.indexOf('=');
    if (at <= 0) continue;
    const value = cookie.slice(at + 1).trim();
    // a malformed escape is a cookie we did not set: keep it raw rather than fail the request
    try {
      parsed[cookie.slice(0, at).trim()] = decodeURIComponent(value);
    } catch {
      parsed[cookie.slice(0, at).trim()] = value;
    }
  }
  return parsed;
}

const idempotencyKeyPattern = /^[A-Za-z0-9._:-]{8,128}$/;

/**
 * A POST with an Idempotency-Key, for one caller and operation: the first response is replayed, with one effect.
 * The caller is the token's user (the membership read after it checks the user may act); the key's record is
 * read at once, its answer (or refusal) awaited only after authorization.
 */
function keyedRequest(
  route: Route,
  event: Event,
): { key?: RequestKey; replay?: Promise<StoredResponse | undefined>; invalid?: Error } | undefined {
  const key = event.headers?.['idempotency-key'];
  if (route.method !== 'POST' || !key || route.idempotency?.mode === 'none') return undefined;
  if (!idempotencyKeyPattern.test(key))
    return {
      invalid: new ValidationError([
        { in: 'header', field: 'idempotency-key', message: 'must be 8 to 128 letters, digits or ._:-' },
      ]),
    };
  const claims = (event as APIGatewayProxyEventV2WithJWTAuthorizer).requestContext.authorizer?.jwt?.claims ?? {};
  const userId = route.auth === 'user' && typeof claims.username === 'string' ? claims.username : 'public';
  const requestKeyOf = requestKey(`${route.operationId}|${userId}`, key, `${event.rawPath}|${event.body ?? ''}`);
  const replay = replayOf(requestKeyOf);
  replay.catch(() => {}); // awaited (and its refusal thrown) after authorization; never unhandled before
  return { key: requestKeyOf, replay };
}

const replayed = (stored: StoredResponse) => ({
  ...stored,
  headers: { ...stored.headers, 'idempotent-replayed': 'true' },
});

/** What is kept of a response for replays: never a secret that was to be shown once. */
function storable(route: Route, response: APIGatewayProxyStructuredResultV2): StoredResponse {
  const headers = Object.fromEntries(Object.entries(response.headers ?? {}).map(([k, v]) => [k, String(v)]));
  if (route.idempotency?.mode !== 'redact' || !response.body)
    return { statusCode: response.statusCode ?? 200, headers, body: response.body };
  const body = JSON.parse(response.body) as Record<string, unknown>;
  for (const field of route.idempotency.fields) delete body[field];
  return {
    statusCode: response.statusCode ?? 200,
    headers: { ...headers, 'idempotent-redacted': route.idempotency.fields.join(',') },
    body: JSON.stringify(body),
  };
}
