import { type CfnElement, Duration, Stack, Validations } from 'aws-cdk-lib';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import {
  Choice,
  Condition,
  DefinitionBody,
  Fail,
  type IChainable,
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
import {
  type DirectBillStepName,
  type DirectBillTaskName,
  directBillStepDays,
  directBillTasks,
} from '#shared/direct-bill/workflow';
import { OperationFunction } from './operation-function';
import type { Platform } from './platform';

const transientErrors = [
  'Lambda.ServiceException',
  'Lambda.AWSLambdaException',
  'Lambda.SdkClientException',
  'Lambda.TooManyRequestsException',
  'States.TaskFailed',
];
const execution = {
  organizationId: JsonPath.stringAt('$.organizationId'),
  applicationId: JsonPath.stringAt('$.applicationId'),
  correlationId: JsonPath.stringAt('$.correlationId'),
};

/**
 * The direct-bill application (seed 001), like the enrollment's timeline: eligibility gate -> credit check
 * (an operator records it; days) -> support plan (only after the credit check passed) -> assessment ->
 * decision -> the direct-bill agreement -> Active. Every Task has Retry and Catch; every callback a timeout.
 */
export class DirectBillWorkflow extends Construct {
  public readonly stateMachine: StateMachine;
  public readonly functions: Record<DirectBillTaskName, OperationFunction>;
  private readonly failure: IChainable;

  constructor(scope: Construct, id: string, props: { platform: Platform }) {
    super(scope, id);
    this.functions = Object.fromEntries(
      Object.entries(directBillTasks).map(([name, task]) => [
        name,
        new OperationFunction(this, `${name}Fn`, {
          entry: task.handler,
          grants: task.grants,
          platform: props.platform,
        }),
      ]),
    ) as Record<DirectBillTaskName, OperationFunction>;
    this.failure = this.outcome(
      'RecordApplicationFailure',
      'Failed',
      new Fail(this, 'ApplicationFailed', { error: 'DirectBillApplicationFailed' }),
    );
    const expired = this.outcome('RecordApplicationExpired', 'Expired', new Succeed(this, 'ApplicationExpired'));

    const gate = this.task('EligibilityGate', 'gate', '$.gate', 'eligible');
    const creditCheck = this.callback('AwaitCreditCheck', 'CreditCheck', '$.creditCheck', expired);
    const supportPlan = this.callback('AwaitSupportPlan', 'SupportPlan', '$.supportPlan', expired);
    const assessment = this.callback('AwaitAssessment', 'Assessment', '$.assessment', expired);
    const decide = this.task('Decide', 'decide', '$.decision', 'approved');
    const agreement = this.callback('AwaitAgreement', 'Agreement', '$.agreement', expired);
    const activate = this.task('ActivateDirectBill', 'activate', '$.activation', 'active');

    const definition = gate.next(
      new Choice(this, 'Eligible?')
        .when(Condition.booleanEquals('$.gate.eligible', false), new Succeed(this, 'Ineligible'))
        .otherwise(
          creditCheck.next(
            new Choice(this, 'CreditCheckPassed?')
              .when(Condition.booleanEquals('$.creditCheck.passed', false), new Succeed(this, 'CreditCheckFailed'))
              .otherwise(
                supportPlan
                  .next(assessment)
                  .next(decide)
                  .next(
                    new Choice(this, 'Approved?')
                      .when(Condition.booleanEquals('$.decision.approved', false), new Succeed(this, 'Rejected'))
                      .otherwise(agreement.next(activate).next(new Succeed(this, 'DirectBillActive'))),
                  ),
              ),
          ),
        ),
    );
    this.stateMachine = new StateMachine(this, 'StateMachine', {
      stateMachineType: StateMachineType.STANDARD,
      definitionBody: DefinitionBody.fromChainable(definition),
      tracingEnabled: true,
      logs: {
        destination: new LogGroup(this, 'Logs', { retention: props.platform.logRetention }),
        level: LogLevel.ALL,
        includeExecutionData: false,
      },
    });
    Validations.of(this.stateMachine).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: 'X-Ray PutTraceSegments and CloudWatch Logs delivery actions support no resource-level permission.',
    });
    for (const fn of Object.values(this.functions)) {
      Validations.of(this.stateMachine).acknowledge({
        id: `AwsSolutions-IAM5[Resource::<${Stack.of(this).getLogicalId(fn.node.defaultChild as CfnElement)}.Arn>:*]`,
        reason: 'CDK grants invoke on the task function and its versions (ARN:*); only this function is reachable.',
      });
    }
  }

  /** A decision step; `field` is the one value of its result the workflow reads (a missing path fails at run time). */
  private task(stateName: string, action: string, resultPath: string, field: string) {
    const task = new LambdaInvoke(this, stateName, {
      lambdaFunction: this.functions.DirectBillTask,
      payload: TaskInput.fromObject({ ...execution, action }),
      resultSelector: { [`${field}.$`]: `$.Payload.${field}` },
      resultPath,
      retryOnServiceExceptions: false,
    });
    task.addRetry({ errors: transientErrors, interval: Duration.seconds(2), maxAttempts: 3, backoffRate: 2 });
    task.addCatch(this.failure, { errors: ['States.ALL'], resultPath: '$.error' });
    return task;
  }

  private callback(stateName: string, step: DirectBillStepName, resultPath: string, onTimeout: IChainable) {
    const task = new LambdaInvoke(this, stateName, {
      lambdaFunction: this.functions.DirectBillStep,
      integrationPattern: IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      payload: TaskInput.fromObject({ ...execution, step, taskToken: JsonPath.taskToken }),
      taskTimeout: Timeout.duration(Duration.days(directBillStepDays[step])),
      resultPath,
      retryOnServiceExceptions: false,
    });
    task.addRetry({ errors: transientErrors, interval: Duration.seconds(2), maxAttempts: 3, backoffRate: 2 });
    task.addCatch(onTimeout, { errors: ['States.Timeout'], resultPath: '$.error' });
    task.addCatch(this.failure, { errors: ['States.ALL'], resultPath: '$.error' });
    return task;
  }

  private outcome(stateName: string, outcome: 'Expired' | 'Failed', next: Succeed | Fail) {
    const task = new LambdaInvoke(this, stateName, {
      lambdaFunction: this.functions.DirectBillTask,
      payload: TaskInput.fromObject({ ...execution, action: 'outcome', outcome, error: JsonPath.objectAt('$.error') }),
      resultPath: '$.outcome',
      retryOnServiceExceptions: false,
    });
    task.addRetry({ errors: transientErrors, interval: Duration.seconds(2), maxAttempts: 5, backoffRate: 2 });
    task.addCatch(new Fail(this, `${stateName}Unrecorded`, { error: 'OutcomeNotRecorded' }), {
      errors: ['States.ALL'],
      resultPath: '$.recordError',
    });
    return task.next(next);
  }
}
