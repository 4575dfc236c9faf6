import { ExecutionAlreadyExists, SendTaskFailureCommand, SendTaskSuccessCommand, SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { z } from 'zod';
import { optionalEndpoint, readConfig } from '../config';

const config = readConfig(
  z.object({
    ENROLLMENT_STATE_MACHINE_ARN: z.string().min(1),
    AWS_REGION: z.string().min(1).default('us-east-1'),
    SFN_ENDPOINT: optionalEndpoint,
  }),
);

export const sfn = new SFNClient({ region: config.AWS_REGION, endpoint: config.SFN_ENDPOINT, maxAttempts: 3 });
export const enrollmentStateMachineArn = config.ENROLLMENT_STATE_MACHINE_ARN;

/**
 * Starts the enrollment timeline. The execution is named after the enrollment, so a retry (or a second
 * caller) cannot start a second one: Step Functions answers ExecutionAlreadyExists, which is success here.
 */
export async function startEnrollmentExecution(name: string, input: Record<string, unknown>): Promise<string> {
  const executionArn = `${config.ENROLLMENT_STATE_MACHINE_ARN.replace(':stateMachine:', ':execution:')}:${name}`;
  try {
    await sfn.send(new StartExecutionCommand({ stateMachineArn: config.ENROLLMENT_STATE_MACHINE_ARN, name, input: JSON.stringify(input) }));
  } catch (error) {
    if (!(error instanceof ExecutionAlreadyExists) && (error as { name?: string }).name !== 'ExecutionAlreadyExists') throw error;
  }
  return executionArn;
}

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
