import middy from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { allowedMethods } from '#shared/app/allowed-methods';
import { securityHeaders } from '#shared/http/headers';
import { problemContentType, toProblem } from '#shared/http/problem';
import { newId } from '#shared/platform/crypto';
import { MethodNotAllowedError, NotFoundError } from '#shared/platform/errors';
import { logger } from '#shared/platform/logger';
import { observed } from '#shared/platform/observability';

/**
 * The `$default` route: a path no operation serves answers 404; a path served with other methods answers 405
 * with `Allow` naming them. Both are problem+json.
 */
export const handler = middy<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2>()
  .use(observed<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2>())
  .handler(async (event) => {
    const correlationId = event.requestContext?.requestId || newId();
    const method = event.requestContext.http.method;
    const allow = allowedMethods(event.rawPath);
    const error = allow.length
      ? new MethodNotAllowedError(method, allow)
      : new NotFoundError(`No operation serves ${method} ${event.rawPath}.`);
    const problem = toProblem(error, { correlationId, instance: event.rawPath, log: logger });
    return {
      statusCode: problem.status,
      headers: {
        ...securityHeaders,
        'content-type': problemContentType,
        'x-correlation-id': correlationId,
        ...(allow.length ? { allow: allow.join(', ') } : {}),
      },
      body: JSON.stringify(problem),
    };
  });
