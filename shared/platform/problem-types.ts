/**
 * Every problem type the API answers with, and what its page (`/v1/problems/{type}`, the problem's `type`
 * URI) tells a client developer: what it means and what to do. `HttpError` takes only these names, so a new
 * type cannot be thrown without its explanation.
 */
export const problemTypes = {
  'bad-request': {
    status: 400,
    title: 'Bad request',
    meaning: 'The body is not JSON (or not a form where a form is accepted), or a required body is missing.',
    action: 'Send a well-formed body with the content type the operation names; `errors` says what was wrong.',
  },
  'validation-error': {
    status: 422,
    title: 'The request is not valid',
    meaning: 'A field of the path, query, headers or body breaks a rule of the operation’s schema.',
    action: 'Fix each field named in `errors` (`in` says where it is, `field` its dotted path) and send it again.',
  },
  unauthorized: {
    status: 401,
    title: 'Unauthorized',
    meaning: 'No valid access token, or the user may no longer act (removed, not yet confirmed, password to choose).',
    action: 'Sign in again (signIn) and send the access token as `Authorization: Bearer <token>`.',
  },
  forbidden: {
    status: 403,
    title: 'Forbidden',
    meaning: 'The caller is signed in but its roles do not grant what the operation needs.',
    action:
      '`missingPermission` names the permission and `grantedBy` the roles that grant it: ask a global admin for one of them.',
  },
  'not-found': {
    status: 404,
    title: 'Not found',
    meaning: 'Nothing with this id exists for the caller: it may belong to another organization, which looks the same.',
    action: 'Check the id; list the collection to find it.',
  },
  'method-not-allowed': {
    status: 405,
    title: 'Method not allowed',
    meaning: 'The path exists, but not with this method.',
    action: 'Use one of the methods the `Allow` header names.',
  },
  conflict: {
    status: 409,
    title: 'Conflict',
    meaning: 'The resource is not in a state that allows this change (already done, ended, or another rule).',
    action: 'Read the resource again; `detail` and the extensions say which state or rule stands in the way.',
  },
  'invalid-link': {
    status: 410,
    title: 'Gone',
    meaning: 'The emailed link or token has expired, was used already, or was replaced by a newer one.',
    action: 'Ask for a new link (each email says how); the newest link is the one that works.',
  },
  'precondition-failed': {
    status: 412,
    title: 'Precondition failed',
    meaning: 'The If-Match ETag is not the resource’s current version: someone changed it since you read it.',
    action: 'Read the resource again, apply your change to the current version, and send it with the new ETag.',
  },
  'payload-too-large': {
    status: 413,
    title: 'Payload too large',
    meaning: 'The body is larger than the API accepts (64 KiB).',
    action: 'Send a smaller body; import large data in several requests.',
  },
  'unsupported-media-type': {
    status: 415,
    title: 'Unsupported media type',
    meaning: 'The Content-Type is not one the operation reads.',
    action: 'Send `application/json` (or a form where the operation is a page).',
  },
  'precondition-required': {
    status: 428,
    title: 'Precondition required',
    meaning: 'This update must say which version it changes, so that a concurrent change is not lost.',
    action: 'Read the resource, then send its ETag as If-Match.',
  },
  'too-many-requests': {
    status: 429,
    title: 'Too many requests',
    meaning: 'A limit was reached: emails to one address or organization per day, or resends of a link.',
    action: '`detail` says which limit and when it resets; wait, or use the link already sent.',
  },
  'internal-error': {
    status: 500,
    title: 'Internal error',
    meaning: 'Something failed on our side. Nothing was half-written: a change is whole or absent.',
    action: 'Retry with the same Idempotency-Key; if it persists, contact support quoting the correlation id.',
  },
  'dependency-failure': {
    status: 502,
    title: 'A service we depend on failed',
    meaning: 'A service the operation needs (identity, email, workflow) answered with an error.',
    action: 'Retry later with the same Idempotency-Key; quote the correlation id if it persists.',
  },
  'service-unavailable': {
    status: 503,
    title: 'Service unavailable',
    meaning: 'A dependency is briefly unreachable or throttled. Nothing was written.',
    action: 'Retry after the seconds in `Retry-After`, with the same Idempotency-Key.',
  },
} as const;

export type ProblemType = keyof typeof problemTypes;

/** The `type` URI of a problem: a page explaining it. */
export const problemTypeUri = (type: ProblemType) => `/v1/problems/${type}`;
