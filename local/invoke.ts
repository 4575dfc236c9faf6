import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { InvokeStore, InvokeStoreBase } from '@aws/lambda-invoke-store';

/**
 * Invokes handlers as Lambda's runtime does when one environment serves invocations side by side: each in its
 * own invocation context (the runtime's InvokeStore, which Powertools reads), with a Lambda context of its own.
 * So the logs of two requests handled at once locally carry each its own request id, and the metrics of one
 * are published with it alone.
 */
process.env.AWS_LAMBDA_MAX_CONCURRENCY ??= '64';
const lambdaGlobal = globalThis as { awslambda?: Record<string, unknown> };
lambdaGlobal.awslambda ??= {};
const store = await InvokeStore.getInstanceAsync(true);

export interface LocalLambdaContext {
  functionName: string;
  functionVersion: string;
  awsRequestId: string;
  memoryLimitInMB: string;
  invokedFunctionArn: string;
  callbackWaitsForEmptyEventLoop: boolean;
  getRemainingTimeInMillis: () => number;
}

export function lambdaContext(functionName: string, timeoutMs = 10_000): LocalLambdaContext {
  const deadline = Date.now() + timeoutMs;
  return {
    functionName,
    functionVersion: '$LATEST',
    awsRequestId: randomUUID(),
    memoryLimitInMB: '512',
    invokedFunctionArn: `arn:aws:lambda:local:000000000000:function:${functionName}`,
    callbackWaitsForEmptyEventLoop: false,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
  };
}

export type Handler = (event: unknown, context?: unknown) => Promise<unknown>;

/** The handler of a module, invoked in an invocation context of its own (a context made when none is given). */
export function invocable(module: string, handler: Handler): Handler {
  const name = path.basename(module).replace(/\.ts$/, '');
  return (event, context) => {
    const invocation = (context as LocalLambdaContext | undefined) ?? lambdaContext(name);
    return store.run({ [InvokeStoreBase.PROTECTED_KEYS.REQUEST_ID]: invocation.awsRequestId }, () =>
      handler(event, invocation),
    );
  };
}
