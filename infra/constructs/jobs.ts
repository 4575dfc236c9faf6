import { type CfnElement, Duration, Stack, Token, Validations } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Schedule, ScheduleExpression } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import { Construct } from 'constructs';
import { jobs } from '#shared/app/jobs';
import { OperationFunction } from './operation-function';
import type { Platform } from './platform';

/** The scheduled jobs of `shared/jobs.ts`, each a function on an EventBridge Scheduler rate. */
export class Jobs extends Construct {
  public readonly functions: Record<string, OperationFunction> = {};

  constructor(
    scope: Construct,
    id: string,
    props: {
      platform: Platform;
      stateMachine: { name: string; arn: string; executions: string; directBillArn: string };
    },
  ) {
    super(scope, id);
    for (const [name, job] of Object.entries(jobs)) {
      const logicalName = name.charAt(0).toUpperCase() + name.slice(1);
      const fn = new OperationFunction(this, logicalName, {
        entry: job.handler,
        grants: job.grants,
        platform: props.platform,
        timeout: Duration.minutes(5),
        environment: {
          ENROLLMENT_STATE_MACHINE_ARN: props.stateMachine.arn,
          DIRECT_BILL_STATE_MACHINE_ARN: props.stateMachine.directBillArn,
        },
      });
      this.functions[logicalName] = fn;
      const stack = Stack.of(this);
      const workflow: readonly string[] = 'workflow' in job.grants ? job.grants.workflow : [];
      const machines = [props.stateMachine.arn, props.stateMachine.directBillArn];
      if (workflow.includes('start'))
        fn.addToRolePolicy(new PolicyStatement({ actions: ['states:StartExecution'], resources: machines }));
      if (workflow.includes('signal'))
        fn.addToRolePolicy(
          new PolicyStatement({
            actions: ['states:SendTaskSuccess', 'states:SendTaskFailure', 'states:SendTaskHeartbeat'],
            resources: machines,
          }),
        );
      if (workflow.includes('describe')) {
        fn.addToRolePolicy(
          new PolicyStatement({ actions: ['states:DescribeExecution'], resources: [props.stateMachine.executions] }),
        );
        const region = Token.isUnresolved(stack.region) ? '<AWS::Region>' : stack.region;
        Validations.of(fn).acknowledge({
          id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:states:${region}:<AWS::AccountId>:execution:${props.stateMachine.name}:*]`,
          reason:
            'The reconciler describes the executions of this one state machine, whose names it cannot know in advance.',
        });
      }
      // the scheduler's role is a stack-level singleton
      Validations.of(stack).acknowledge({
        id: `AwsSolutions-IAM5[Resource::<${stack.getLogicalId(fn.node.defaultChild as CfnElement)}.Arn>:*]`,
        reason:
          'The scheduler role may invoke this job function and its versions (ARN:*); only this function is reachable.',
      });
      new Schedule(this, `${logicalName}Schedule`, {
        schedule: ScheduleExpression.rate(Duration.minutes(job.everyMinutes)),
        target: new LambdaInvoke(fn, {}),
        description: job.description,
      });
    }
  }
}
