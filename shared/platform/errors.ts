/**
 * Domain and HTTP errors. Each carries its HTTP status and whether its details may be shown to a client
 * (`expose`). One place, `shared/http/problem.ts`, turns them into RFC 9457 problem+json.
 */
import type { ProblemType } from '#shared/platform/problem-types';

export interface FieldIssue {
  /** Where the field is: `body`, `query`, `path` or `header`. */
  in?: 'body' | 'query' | 'path' | 'header';
  /** Dotted path of the offending field, e.g. `primaryContact.email`, or `body` for the whole body. */
  field: string;
  message: string;
}

export class HttpError extends Error {
  readonly status: number;
  /** Short machine-readable problem type; its page (`/v1/problems/<type>`) explains it. */
  readonly type: ProblemType;
  readonly title: string;
  readonly expose: boolean;
  readonly extensions: Record<string, unknown>;

  constructor(
    status: number,
    type: ProblemType,
    title: string,
    detail: string,
    options: { cause?: unknown; extensions?: Record<string, unknown>; expose?: boolean } = {},
  ) {
    super(detail, { cause: options.cause });
    this.name = new.target.name;
    this.status = status;
    this.type = type;
    this.title = title;
    this.expose = options.expose ?? status < 500;
    this.extensions = options.extensions ?? {};
  }
}

export class BadRequestError extends HttpError {
  constructor(detail: string, errors: FieldIssue[]) {
    super(400, 'bad-request', 'Bad request', detail, { extensions: { errors } });
  }
}

export class ValidationError extends HttpError {
  readonly errors: FieldIssue[];
  constructor(errors: FieldIssue[], detail = describeIssues(errors)) {
    super(422, 'validation-error', 'The request is not valid', detail, { extensions: { errors } });
    this.errors = errors;
  }
}

export class UnauthorizedError extends HttpError {
  constructor(detail = 'Authentication is required, or the credentials are not valid.') {
    super(401, 'unauthorized', 'Unauthorized', detail);
  }
}

export class ForbiddenError extends HttpError {
  constructor(detail: string, extensions: Record<string, unknown> = {}) {
    super(403, 'forbidden', 'Forbidden', detail, { extensions });
  }
}

export class NotFoundError extends HttpError {
  constructor(detail = 'The resource does not exist.') {
    super(404, 'not-found', 'Not found', detail);
  }
}

export class ConflictError extends HttpError {
  constructor(detail: string, extensions: Record<string, unknown> = {}) {
    super(409, 'conflict', 'Conflict', detail, { extensions });
  }
}

export class GoneError extends HttpError {
  constructor(type: ProblemType, detail: string) {
    super(410, type, 'Gone', detail);
  }
}

export class PreconditionFailedError extends HttpError {
  constructor(detail = 'The resource has changed since it was read: fetch it again and retry.') {
    super(412, 'precondition-failed', 'Precondition failed', detail);
  }
}

export class PayloadTooLargeError extends HttpError {
  constructor(limitBytes: number) {
    super(413, 'payload-too-large', 'Payload too large', `The body is larger than ${limitBytes} bytes.`, {
      extensions: { errors: [{ field: 'body', message: `must be at most ${limitBytes} bytes` }] },
    });
  }
}

export class UnsupportedMediaTypeError extends HttpError {
  constructor(expected: string[]) {
    super(
      415,
      'unsupported-media-type',
      'Unsupported media type',
      `The body must be sent as ${expected.join(' or ')}.`,
      {
        extensions: { errors: [{ field: 'content-type', message: `must be ${expected.join(' or ')}` }] },
      },
    );
  }
}

/** An error from a dependency (AWS service, emulator). Never exposed to clients. */
export class DependencyError extends HttpError {
  constructor(what: string, cause: unknown) {
    super(502, 'dependency-failure', 'A service we depend on failed', `${what} failed`, { cause, expose: false });
  }
}

function describeIssues(errors: FieldIssue[]): string {
  const first = errors[0];
  if (!first) return 'The request is not valid.';
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
  return `${first.field}: ${first.message}${more}`;
}

export class PreconditionRequiredError extends HttpError {
  constructor() {
    super(
      428,
      'precondition-required',
      'Precondition required',
      'Send If-Match with the version you read (the ETag of the resource), so a concurrent change is not lost.',
      {
        extensions: { errors: [{ in: 'header', field: 'if-match', message: 'is required' }] },
      },
    );
  }
}

export class TooManyRequestsError extends HttpError {
  constructor(detail: string) {
    super(429, 'too-many-requests', 'Too many requests', detail);
  }
}

export class MethodNotAllowedError extends HttpError {
  constructor(method: string, allowed: string[]) {
    super(
      405,
      'method-not-allowed',
      'Method not allowed',
      `${method} is not served here; use ${allowed.join(' or ')}.`,
      {
        extensions: { allowed },
      },
    );
  }
}

/**
 * A dependency (database, identity, email, workflow) is unavailable right now: 503 with `Retry-After`, and
 * nothing internal in the body. The request may be repeated (with its Idempotency-Key, for a POST).
 */
export class ServiceUnavailableError extends HttpError {
  readonly retryAfterSeconds: number;
  constructor(what: string, cause: unknown, retryAfterSeconds = 5) {
    super(
      503,
      'service-unavailable',
      'Service unavailable',
      `${what} is unavailable at the moment; try again shortly.`,
      {
        cause,
        expose: true,
        extensions: { retryAfterSeconds },
      },
    );
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** The one answer for an emailed link that cannot be used, whatever the reason (unknown, used, expired). */
export const invalidLinkError = () =>
  new GoneError('invalid-link', 'This link is not valid: it may have expired or already been used. Ask for a new one.');
