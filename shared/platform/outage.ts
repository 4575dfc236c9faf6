import { DependencyError, HttpError, ServiceUnavailableError } from '#shared/platform/errors';

/** Error names of AWS services (and the SDK) that mean "not now", not "never". */
const transientNames = new Set([
  'TimeoutError',
  'AbortError',
  'ThrottlingException',
  'Throttling',
  'TooManyRequestsException',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'ServiceUnavailable',
  'ServiceUnavailableException',
  'InternalServerError',
  'InternalFailure',
  'InternalErrorException',
]);
/** Socket errors: the dependency cannot be reached. */
const networkCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

function isTransient(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const { name, code, $metadata, cause } = error as {
    name?: string;
    code?: string;
    $metadata?: { httpStatusCode?: number };
    cause?: unknown;
  };
  if ((name && transientNames.has(name)) || (code && networkCodes.has(code))) return true;
  if (($metadata?.httpStatusCode ?? 0) >= 500) return true;
  return cause !== undefined && cause !== error && isTransient(cause);
}

/**
 * What a client should see of an error from a dependency: a transient outage (unreachable, throttled, 5xx)
 * becomes 503 with `Retry-After`; anything else is left to the caller (a 500 is logged in full).
 */
export function asOutage(error: unknown): HttpError | undefined {
  if (error instanceof ServiceUnavailableError) return error;
  if (error instanceof DependencyError)
    return isTransient(error.cause) ? new ServiceUnavailableError('A service we depend on', error) : undefined;
  if (error instanceof HttpError) return undefined;
  return isTransient(error) ? new ServiceUnavailableError('A service we depend on', error) : undefined;
}
