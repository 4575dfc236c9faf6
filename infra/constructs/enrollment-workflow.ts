import { CfnElement, Duration, Stack, Validations } from 'aws-cdk-lib';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import {
  Choice,
  Condition,
  DefinitionBody,
  Fail,
  IntegrationPattern,
  JsonPath,
  LogLevel,
  StateMachine,
  StateMachineType,
  Succeed,
  TaskInput,
  Timeout,
} from 'aws-cdk-lib/aws-stepfunctions';
import { LambdaInvoke } from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { Construct } from 'constructs';
import { emailOwnershipTimeoutSeconds, enrollmentTasks, type EnrollmentTaskName } from '../../shared/workflow/enrollment';
import { OperationFunction } from './operation-function';
import type { Platform } from './platform';

const transientErrors = ['Lambda.ServiceException', 'Lambda.AWSLambdaException', 'Lambda.SdkClientException', 'Lambda.TooManyRequestsException', 'States.TaskFailed'];

const execution = {
  organizationId: JsonPath.stringAt('$.organizationId'),
  enrollmentId: JsonPath.stringAt('$.enrollmentId'),
  correlationId: JsonPath.stringAt('$.correlationId'),
};

/**
 * The verification-and-signing timeline (Standard workflow). Every Task has Retry and Catch, every callback
 * a timeout; business outcomes end in named Succeed states, technical failures in `WorkflowFailed` after the
 * enrollment recorded them.
 */
export class EnrollmentWorkflow extends Construct {
  public readonly stateMachine: StateMachine;
  public readonly functions: Record<EnrollmentTaskName, OperationFunction>;

  constructor(scope: Construct, id: string, props: { platform: Platform }) {
    super(scope, id);
    this.functions = Object.fromEntries(
      Object.entries(enrollmentTasks).map(([name, task]) => [name, new OperationFunction(this, `${name}Fn`, { entry: task.handler, grants: task.grants, platform: props.platform })]),
    ) as Record<EnrollmentTaskName, OperationFunction>;

    const workflowFailed = new Fail(this, 'WorkflowFailed', { error: 'EnrollmentWorkflowFailed', cause: 'A step failed after its retries; the enrollment recorded it.' });
    const recordOutcome = (stateName: string, outcome: 'EmailVerificationExpired' | 'Failed', next: Succeed | Fail) => {
      const task = this.task(stateName, 'RecordOutcome', { ...execution, outcome, error: JsonPath.objectAt('$.error') });
      task.addCatch(new Fail(this, `${stateName}Unrecorded`, { error: 'OutcomeNotRecorded' }), { resultPath: '$.recordError' });
      return task.next(next);
    };
    const failed = recordOutcome('RecordFailure', 'Failed', workflowFailed);
    const expired = recordOutcome('RecordVerificationExpired', 'EmailVerificationExpired', new Succeed(this, 'VerificationExpired'));

    const requestEmailOwnership = new LambdaInvoke(this, 'RequestEmailOwnership', {
      lambdaFunction: this.functions.RequestEmailOwnership,
      integrationPattern: IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      payload: TaskInput.fromObject({ ...execution, taskToken: JsonPath.taskToken }),
      taskTimeout: Timeout.duration(Duration.seconds(emailOwnershipTimeoutSeconds)),
      resultPath: '$.emailOwnership',
    });
    requestEmailOwnership.addRetry({ errors: transientErrors, interval: Duration.seconds(2), maxAttempts: 3, backoffRate: 2 });
    requestEmailOwnership.addCatch(expired, { errors: ['States.Timeout'], resultPath: '$.error' });
    requestEmailOwnership.addCatch(failed, { errors: ['States.ALL'], resultPath: '$.error' });

    const checkEmailDomain = this.task('CheckEmailDomain', 'CheckEmailDomain', execution, '$.emailDomain');
    checkEmailDomain.addCatch(failed, { errors: ['States.ALL'], resultPath: '$.error' });

    const definition = requestEmailOwnership.next(checkEmailDomain).next(
      new Choice(this, 'EmailDomainAccepted?')
        .when(Condition.stringEquals('$.emailDomain.outcome', 'Rejected'), new Succeed(this, 'Rejected'))
        .otherwise(new Succeed(this, 'UnderReview')),
    );

    this.stateMachine = new StateMachine(this, 'StateMachine', {
      stateMachineType: StateMachineType.STANDARD,
      definitionBody: DefinitionBody.fromChainable(definition),
      tracingEnabled: true,
      logs: { destination: new LogGroup(this, 'Logs', { retention: RetentionDays.ONE_MONTH }), level: LogLevel.ALL, includeExecutionData: false },
    });
    this.acknowledgeRoleFindings();
  }

  private acknowledgeRoleFindings(): void {
    Validations.of(this.stateMachine).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: 'X-Ray PutTraceSegments and CloudWatch Logs delivery actions support no resource-level permission.',
    });
    for (const fn of Object.values(this.functions)) {
      const logicalId = Stack.of(this).getLogicalId(fn.node.defaultChild as CfnElement);
      Validations.of(this.stateMachine).acknowledge({
        id: `AwsSolutions-IAM5[Resource::<${logicalId}.Arn>:*]`,
        reason: 'CDK grants invoke on the task function and its versions (ARN:*); only this function is reachable.',
      });
    }
  }

  /** A synchronous Lambda step with the standard retry policy; its result goes to `resultPath`. */
  private task(stateName: string, fn: EnrollmentTaskName, payload: Record<string, unknown>, resultPath = '$.last') {
    const task = new LambdaInvoke(this, stateName, {
      lambdaFunction: this.functions[fn],
      payload: TaskInput.fromObject(payload),
      resultSelector: { 'outcome.$': '$.Payload.outcome' },
      resultPath,
    });
    task.addRetry({ errors: transientErrors, interval: Duration.seconds(2), maxAttempts: 3, backoffRate: 2 });
    return task;
  }
}
