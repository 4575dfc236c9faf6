import { HttpError } from '#shared/platform/errors';
import type { Logger } from '#shared/platform/logger';
import { problemTypeUri } from '#shared/platform/problem-types';

export const problemContentType = 'application/problem+json';

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  correlationId: string;
  [extension: string]: unknown;
}

/**
 * The one place that decides what a client sees of an error: 4xx details yes, 5xx internals never.
 * Unknown errors become a bare 500 and are logged in full.
 */
export function toProblem(
  error: unknown,
  context: { correlationId: string; instance?: string; log: Logger },
): ProblemBody {
  if (error instanceof HttpError && error.expose) {
    // the standard members come last: an extension can never change the status, type or title
    return {
      ...error.extensions,
      type: problemTypeUri(error.type),
      title: error.title,
      status: error.status,
      detail: error.message,
      instance: context.instance,
      correlationId: context.correlationId,
    };
  }
  const status = error instanceof HttpError ? error.status : 500;
  context.log.error('request failed', { error, status });
  return {
    type: problemTypeUri(status === 500 ? 'internal-error' : (error as HttpError).type),
    title: status === 500 ? 'Internal error' : (error as HttpError).title,
    status,
    detail: 'Something went wrong on our side. Quote the correlation id if you contact support.',
    instance: context.instance,
    correlationId: context.correlationId,
  };
}
