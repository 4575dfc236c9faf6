import { SendTaskFailureCommand, SendTaskSuccessCommand, SFNClient } from '@aws-sdk/client-sfn';
import { optionalEndpoint, readConfig } from '#shared/platform/config';
import { tracer } from '#shared/platform/observability';
import * as z from '#shared/platform/zod';

const config = readConfig(
  z.object({ AWS_REGION: z.string().min(1).default('us-east-1'), SFN_ENDPOINT: optionalEndpoint }),
);

/** The Step Functions client, for signals (task tokens). Starting executions lives in `enrollment-execution.ts`. */
export const sfn = tracer.captureAWSv3Client(
  new SFNClient({
    region: config.AWS_REGION,
    endpoint: config.SFN_ENDPOINT,
    maxAttempts: 3,
    requestHandler: { connectionTimeout: 2_000, requestTimeout: 10_000, throwOnRequestTimeout: true },
  }),
);

/** Resumes a step waiting on a task token. A token already answered or timed out is not an error. */
export async function resumeTask(taskToken: string, output: Record<string, unknown>): Promise<void> {
  try {
    await sfn.send(new SendTaskSuccessCommand({ taskToken, output: JSON.stringify(output) }));
  } catch (error) {
    if (!isSettledToken(error)) throw error;
  }
}

export async function failTask(taskToken: string, error: string, cause: string): Promise<void> {
  try {
    await sfn.send(new SendTaskFailureCommand({ taskToken, error, cause }));
  } catch (failure) {
    if (!isSettledToken(failure)) throw failure;
  }
}

function isSettledToken(error: unknown): boolean {
  const name = (error as { name?: string }).name;
  return name === 'TaskTimedOut' || name === 'InvalidToken' || name === 'TaskDoesNotExist';
}
