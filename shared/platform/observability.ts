import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { Tracer } from '@aws-lambda-powertools/tracer';
import { captureLambdaHandler } from '@aws-lambda-powertools/tracer/middleware';
import type middy from '@middy/core';
import { countedEvents, metricsNamespace } from '#shared/platform/observability-names';

export { businessMetrics } from '#shared/platform/observability-names';

/**
 * Powertools for AWS Lambda, configured once: structured JSON logs carrying the Lambda request id, cold start
 * and trace id; business metrics in CloudWatch's embedded metric format (written to the log, no API call);
 * X-Ray traces of each invocation and of every AWS SDK call. The service name and namespace come from the
 * function's environment (POWERTOOLS_SERVICE_NAME, POWERTOOLS_METRICS_NAMESPACE: the stack sets them per
 * stage). Locally the same code runs; the tracer is off outside Lambda, and `npm start` renders the lines.
 */
export const powertoolsLogger = new Logger({
  serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'csp-partner',
  logLevel: (process.env.LOG_LEVEL ?? 'INFO').toUpperCase() as 'INFO',
});

export const metrics = new Metrics({
  namespace: process.env.POWERTOOLS_METRICS_NAMESPACE ?? metricsNamespace,
  serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'csp-partner',
});

export const tracer = new Tracer({ serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'csp-partner' });

/** Adds to a business metric of this invocation; published when the handler ends (`observed`). */
export function count(name: string, value = 1): void {
  if (value > 0) metrics.addMetric(name, MetricUnit.Count, value);
}

const counted = new Set<string>(countedEvents);

/** Counts the committed events of the counted types (called once a transaction holding them succeeded). */
export function countEvents(types: readonly unknown[]): void {
  for (const type of types) if (typeof type === 'string' && counted.has(type)) count(type);
}

/** Flushes this invocation's metrics as one EMF line, and nothing when there are none. */
function publishMetrics() {
  if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
}

/**
 * The middlewares every handler runs first: the Lambda context into the logs (request id, cold start), the
 * invocation traced, the metrics published whatever the outcome.
 */
export function observed<E, R>(): middy.MiddlewareObj<E, R>[] {
  return [
    {
      before: (request) => {
        if ((request.context as { awsRequestId?: string } | undefined)?.awsRequestId)
          powertoolsLogger.addContext(request.context);
      },
    },
    // responses stay out of the traces: they can hold personal data
    captureLambdaHandler(tracer, { captureResponse: false }) as middy.MiddlewareObj<E, R>,
    { after: publishMetrics, onError: publishMetrics },
  ];
}
