import { DescribeUserPoolCommand } from '@aws-sdk/client-cognito-identity-provider';
import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { GetAccountCommand } from '@aws-sdk/client-sesv2';
import { DescribeStateMachineCommand } from '@aws-sdk/client-sfn';
import { httpHandler, reply } from '#shared/http/handler';
import { ses } from '#shared/platform/aws/email';
import { enrollmentStateMachineArn } from '#shared/platform/aws/executions';
import { cognito, identityConfig } from '#shared/platform/aws/identity';
import { sfn } from '#shared/platform/aws/sfn';
import { getHealth } from '#shared/platform/routes';
import { db, tableName } from '#shared/platform/table';

const timeoutMs = 2000;

const checks: Record<string, () => Promise<unknown>> = {
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

/** 200 only when every part answers; otherwise 503 with what failed (no internals beyond the error name). */
export const handler = httpHandler(getHealth, async () => {
  const results = await Promise.all(
    Object.entries(checks).map(async ([name, check]) => {
      const startedAt = Date.now();
      try {
        await check();
        return [name, { ok: true, latencyMs: Date.now() - startedAt }] as const;
      } catch (error) {
        return [name, { ok: false, latencyMs: Date.now() - startedAt, error: (error as Error).name }] as const;
      }
    }),
  );
  const healthy = results.every(([, result]) => result.ok);
  return reply.status(healthy ? 200 : 503, {
    status: healthy ? 'ok' : 'degraded',
    checks: Object.fromEntries(results),
  });
});
