import { DescribeUserPoolCommand } from '@aws-sdk/client-cognito-identity-provider';
import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { GetAccountCommand } from '@aws-sdk/client-sesv2';
import { DescribeStateMachineCommand } from '@aws-sdk/client-sfn';
import { ses } from '#shared/platform/aws/email';
import { enrollmentStateMachineArn } from '#shared/platform/aws/executions';
import { cognito, identityConfig } from '#shared/platform/aws/identity';
import { sfn } from '#shared/platform/aws/sfn';
import { db, tableName } from '#shared/platform/table';

/** Read-only probes of every dependency, each with its own timeout (the health route runs them at once). */
const timeoutMs = 2000;

export const dependencyChecks: Record<string, () => Promise<unknown>> = {
  table: () =>
    db.send(new DescribeTableCommand({ TableName: tableName }), { abortSignal: AbortSignal.timeout(timeoutMs) }),
  userPool: () =>
    cognito.send(new DescribeUserPoolCommand({ UserPoolId: identityConfig.userPoolId }), {
      abortSignal: AbortSignal.timeout(timeoutMs),
    }),
  email: () => ses.send(new GetAccountCommand({}), { abortSignal: AbortSignal.timeout(timeoutMs) }),
  workflow: () =>
    sfn.send(new DescribeStateMachineCommand({ stateMachineArn: enrollmentStateMachineArn }), {
      abortSignal: AbortSignal.timeout(timeoutMs),
    }),
};
