import { DescribeExecutionCommand, ExecutionAlreadyExists, StartExecutionCommand } from '@aws-sdk/client-sfn';
import type { DirectBillExecutionInput } from '#shared/direct-bill/workflow';
import type { EnrollmentExecutionInput } from '#shared/enrollment/workflow';
import { sfn } from '#shared/platform/aws/sfn';
import { readConfig } from '#shared/platform/config';
import * as z from '#shared/platform/zod';

const config = readConfig(
  z.object({ ENROLLMENT_STATE_MACHINE_ARN: z.string().min(1), DIRECT_BILL_STATE_MACHINE_ARN: z.string().min(1) }),
);

export const enrollmentStateMachineArn = config.ENROLLMENT_STATE_MACHINE_ARN;

const executionArnOf = (name: string) =>
  `${config.ENROLLMENT_STATE_MACHINE_ARN.replace(':stateMachine:', ':execution:')}:${name}`;

/** Starts a direct-bill application's workflow, named after the application (idempotent). */
export async function startDirectBillExecution(name: string, input: DirectBillExecutionInput): Promise<void> {
  try {
    await sfn.send(
      new StartExecutionCommand({
        stateMachineArn: config.DIRECT_BILL_STATE_MACHINE_ARN,
        name,
        input: JSON.stringify(input),
      }),
    );
  } catch (error) {
    if ((error as { name?: string }).name !== 'ExecutionAlreadyExists') throw error;
  }
}

/**
 * Starts an execution of the enrollment timeline, named by the caller (the enrollment id, then one name per
 * resume), so a retry cannot start a second one: ExecutionAlreadyExists is success here.
 */
export async function startEnrollmentExecution(name: string, input: EnrollmentExecutionInput): Promise<string> {
  try {
    await sfn.send(
      new StartExecutionCommand({
        stateMachineArn: config.ENROLLMENT_STATE_MACHINE_ARN,
        name,
        input: JSON.stringify(input),
      }),
    );
  } catch (error) {
    if (!(error instanceof ExecutionAlreadyExists) && (error as { name?: string }).name !== 'ExecutionAlreadyExists')
      throw error;
  }
  return executionArnOf(name);
}

/** The status of an execution by name, or `Missing` when Step Functions does not know it. */
export async function executionStatus(name: string): Promise<string> {
  try {
    const result = await sfn.send(new DescribeExecutionCommand({ executionArn: executionArnOf(name) }));
    return result.status ?? 'Missing';
  } catch (error) {
    if ((error as { name?: string }).name === 'ExecutionDoesNotExist') return 'Missing';
    throw error;
  }
}
