import { parseArgs } from 'node:util';
import { environmentFromOutputs } from '../infra/outputs';

/**
 * `npm run operator:create -- --stage dev --email ops@… --name "Ops One" --password '…'`: creates a program
 * operator in a deployed stage. It reads the stage's table and user pool from the outputs of its stack
 * (`CspPartner-<stage>`) with the caller's AWS credentials and region (AWS_PROFILE, AWS_REGION, as the AWS CLI).
 * The local stack seeds its own operator (`npm start` prints it).
 */
const usage =
  'Usage: npm run operator:create -- --stage <stage> --email <email> --name <full name> --password <password>\n';
const { values } = parseArgs({
  options: {
    stage: { type: 'string' },
    email: { type: 'string' },
    name: { type: 'string' },
    password: { type: 'string' },
  },
});
if (!values.stage || !values.email || !values.name || !values.password) {
  process.stderr.write(usage);
  process.exit(2);
}

const stackName = `CspPartner-${values.stage}`;
const { CloudFormationClient, DescribeStacksCommand } = await import('@aws-sdk/client-cloudformation');
let outputs: Record<string, string>;
try {
  const { Stacks } = await new CloudFormationClient({}).send(new DescribeStacksCommand({ StackName: stackName }));
  outputs = Object.fromEntries((Stacks?.[0]?.Outputs ?? []).map((o) => [o.OutputKey ?? '', o.OutputValue ?? '']));
} catch (error) {
  const { name, message } = error as Error;
  process.stderr.write(
    name === 'ValidationError'
      ? `No stack ${stackName} in this account and region (${message}). Deploy it first: npx cdk deploy -c stage=${values.stage}\n`
      : `Could not read the stack ${stackName}: ${name}: ${message}\nAre AWS credentials and AWS_REGION set (as for the AWS CLI)?\n`,
  );
  process.exit(1);
}
try {
  Object.assign(process.env, environmentFromOutputs(stackName, outputs), {
    EMAIL_FROM: process.env.EMAIL_FROM ?? 'operator-setup@localhost',
  });
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
}
const { createOperator } = await import('#shared/identity/operators');
const result = await createOperator({ email: values.email, fullName: values.name, password: values.password });
process.stdout.write(
  result.created
    ? `Created operator ${values.email} (${result.userId}) in ${stackName}\n`
    : `${values.email} already exists in ${stackName} (${result.userId})\n`,
);
