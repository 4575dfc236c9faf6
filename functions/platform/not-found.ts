import middy from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { problemContentType, toProblem } from '#shared/http/problem';
import { newId } from '#shared/platform/crypto';
import { NotFoundError } from '#shared/platform/errors';
import { logger } from '#shared/platform/logger';

/** The `$default` route: any method and path that no operation serves answers 404 problem+json. */
export const handler = middy<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2>().handler(async (event) => {
  const correlationId = event.requestContext?.requestId || newId();
  const problem = toProblem(
    new NotFoundError(`No operation serves ${event.requestContext.http.method} ${event.rawPath}.`),
    {
      correlationId,
      instance: event.rawPath,
      log: logger,
    },
  );
  return {
    statusCode: 404,
    headers: { 'content-type': problemContentType, 'x-correlation-id': correlationId },
    body: JSON.stringify(problem),
  };
});
