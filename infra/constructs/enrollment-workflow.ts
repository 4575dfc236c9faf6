import { ArnFormat, type CfnElement, Duration, Stack, Validations } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
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
  delayedReviewDays,
  emailVerificationValidityDays,
  inquiryResponseDays,
  signatureReminderDays,
  signatureReminders,
  signatureTimeoutDays,
} from '#shared/enrollment/rules';
import { type EnrollmentTaskName, enrollmentTasks } from '#shared/enrollment/workflow';
import { OperationFunction } from './operation-function';
import type { Platform } from './platform';

const transientErrors = [
  'Lambda.ServiceException',
  'Lambda.AWSLambdaException',
  'Lambda.SdkClientException',
  'Lambda.TooManyRequestsException',
  'States.TaskFailed',
];
const day = 24 * 3600;

const execution = {
  organizationId: JsonPath.stringAt('$.organizationId'),
  enrollmentId: JsonPath.stringAt('$.enrollmentId'),
  correlationId: JsonPath.stringAt('$.correlationId'),
};

/**
 * The verification-and-signing timeline (Standard workflow):
 * email ownership -> EmailDomain, PartnerID and business profile checks -> operator review (delayed after 5
 * business days; inquiries loop back) -> partner agreement (reminders every 7 days, expiry at 30) ->
 * activation. A `resumeAt` in the input starts a resumed enrollment where it stopped. Every Task has Retry
 * and Catch, every callback a timeout; business outcomes end in named Succeed states, technical failures in
 * `WorkflowFailed` after the enrollment recorded them.
 */
export class EnrollmentWorkflow extends Construct {
  public readonly stateMachine: StateMachine;
  public readonly functions: Record<EnrollmentTaskName, OperationFunction>;
  private readonly failure: IChainable;

  /** Fixed, so task functions can be granted signals on it without a reference cycle. */
  public readonly stateMachineName: string;
  public readonly stateMachineArnPattern: { machine: string; executions: string };

  constructor(scope: Construct, id: string, props: { platform: Platform }) {
    super(scope, id);
    const stack = Stack.of(this);
    this.stateMachineName = `${stack.stackName}-EnrollmentTimeline`;
    this.stateMachineArnPattern = {
      machine: stack.formatArn({
        service: 'states',
        resource: 'stateMachine',
        resourceName: this.stateMachineName,
        arnFormat: ArnFormat.COLON_RESOURCE_NAME,
      }),
      executions: stack.formatArn({
        service: 'states',
        resource: 'execution',
        resourceName: `${this.stateMachineName}:*`,
        arnFormat: ArnFormat.COLON_RESOURCE_NAME,
      }),
    };
    this.functions = Object.fromEntries(
      Object.entries(enrollmentTasks).map(([name, task]) => {
        const fn = new OperationFunction(this, `${name}Fn`, {
          entry: task.handler,
          grants: task.grants,
          platform: props.platform,
        });
        if ('workflow' in task.grants && task.grants.workflow.includes('signal')) {
          fn.addToRolePolicy(
            new PolicyStatement({
              actions: ['states:SendTaskSuccess', 'states:SendTaskFailure'],
              resources: [this.stateMachineArnPattern.machine],
            }),
          );
        }
        return [name, fn];
      }),
    ) as Record<EnrollmentTaskName, OperationFunction>;

    this.failure = this.outcome(
      'RecordFailure',
      'Failed',
      new Fail(this, 'WorkflowFailed', {
        error: 'EnrollmentWorkflowFailed',
        cause: 'A step failed after its retries; the enrollment recorded it.',
      }),
    );

    // email ownership and the checks
    const requestEmailOwnership = this.callback(
      'RequestEmailOwnership',
      'RequestEmailOwnership',
      {},
      '$.emailOwnership',
      Timeout.duration(Duration.seconds(emailVerificationValidityDays * day)),
    );
    requestEmailOwnership.addCatch(
      this.outcome('RecordVerificationExpired', 'EmailVerificationExpired', new Succeed(this, 'VerificationExpired')),
      { errors: ['States.Timeout'], resultPath: '$.error' },
    );
    this.catchFailure(requestEmailOwnership);
    const checkEmailDomain = this.step('CheckEmailDomain', 'CheckEmailDomain', '$.checks.emailDomain');
    const checkPartnerId = this.step('CheckPartnerId', 'CheckPartnerId', '$.checks.partnerId');
    const checkBusinessProfile = this.step('CheckBusinessProfile', 'CheckBusinessProfile', '$.checks.businessProfile');

    // the review
    const scheduleReview = this.step('ScheduleReview', 'ScheduleReview', '$.schedule', {
      timeoutSeconds: '$.Payload.timeoutSeconds',
    });
    const awaitReview = this.callback(
      'AwaitReview',
      'AwaitPerson',
      { step: 'Review', timeoutSeconds: JsonPath.numberAt('$.schedule.timeoutSeconds') },
      '$.review',
      Timeout.at('$.schedule.timeoutSeconds'),
    );
    const awaitDelayedReview = this.callback(
      'AwaitDelayedReview',
      'AwaitPerson',
      { step: 'Review', delayed: true },
      '$.review',
      Timeout.duration(Duration.seconds(delayedReviewDays * day)),
    );
    awaitReview.addCatch(awaitDelayedReview, { errors: ['States.Timeout'], resultPath: '$.error' });
    this.catchFailure(awaitReview);
    awaitDelayedReview.addCatch(this.failure, { errors: ['States.ALL'], resultPath: '$.error' });
    const awaitInquiryResponse = this.callback(
      'AwaitInquiryResponse',
      'AwaitPerson',
      { step: 'InquiryResponse' },
      '$.inquiry',
      Timeout.duration(Duration.seconds(inquiryResponseDays * day)),
    );
    awaitInquiryResponse.addCatch(
      this.outcome('RecordInquiryExpired', 'InquiryExpired', new Succeed(this, 'InquiryExpired')),
      { errors: ['States.Timeout'], resultPath: '$.error' },
    );
    this.catchFailure(awaitInquiryResponse);

    // the agreement and activation
    const awaitSignature = this.callback(
      'AwaitSignature',
      'AwaitPerson',
      { step: 'Signature' },
      '$.signature',
      Timeout.duration(Duration.seconds(signatureReminderDays * day)),
    );
    const finalWait = signatureTimeoutDays - signatureReminders * signatureReminderDays;
    const awaitSignatureFinal = this.callback(
      'AwaitSignatureFinal',
      'AwaitPerson',
      { step: 'Signature' },
      '$.signature',
      Timeout.duration(Duration.seconds(finalWait * day)),
    );
    const sendReminder = this.step('SendSignatureReminder', 'SendSignatureReminder', '$.reminders', {
      count: '$.Payload.count',
    });
    awaitSignature.addCatch(sendReminder, { errors: ['States.Timeout'], resultPath: '$.error' });
    this.catchFailure(awaitSignature);
    awaitSignatureFinal.addCatch(
      this.outcome('RecordAgreementExpired', 'AgreementExpired', new Succeed(this, 'AgreementExpired')),
      { errors: ['States.Timeout'], resultPath: '$.error' },
    );
    this.catchFailure(awaitSignatureFinal);
    const activate = this.step('Activate', 'Activate', '$.activation');
    const active = new Succeed(this, 'Active');

    // wiring
    const reviewChain = scheduleReview.next(awaitReview);
    const decision = new Choice(this, 'ReviewDecision')
      .when(Condition.stringEquals('$.review.decision', 'Approve'), awaitSignature)
      .when(Condition.stringEquals('$.review.decision', 'RequestInformation'), awaitInquiryResponse)
      .otherwise(new Succeed(this, 'Rejected'));
    awaitReview.next(decision);
    awaitDelayedReview.next(decision);
    awaitInquiryResponse.next(scheduleReview);
    awaitSignature.next(activate);
    awaitSignatureFinal.next(activate);
    sendReminder.next(
      new Choice(this, 'MoreReminders?')
        .when(Condition.numberLessThan('$.reminders.count', signatureReminders), awaitSignature)
        .otherwise(awaitSignatureFinal),
    );
    activate.next(active);

    checkEmailDomain.next(
      new Choice(this, 'EmailDomainAccepted?')
        .when(
          Condition.stringEquals('$.checks.emailDomain.outcome', 'Rejected'),
          new Succeed(this, 'EmailDomainRejected'),
        )
        .otherwise(checkPartnerId.next(checkBusinessProfile).next(reviewChain)),
    );
    requestEmailOwnership.next(checkEmailDomain);

    const start = new Choice(this, 'ResumeAt?')
      .when(Condition.stringEquals('$.resumeAt', 'Checks'), checkEmailDomain)
      .when(Condition.stringEquals('$.resumeAt', 'Review'), scheduleReview)
      .when(Condition.stringEquals('$.resumeAt', 'Inquiry'), awaitInquiryResponse)
      .when(Condition.stringEquals('$.resumeAt', 'Signature'), awaitSignature)
      .when(Condition.stringEquals('$.resumeAt', 'Activation'), activate)
      .otherwise(requestEmailOwnership);
    // Every execution's input names organizationId, enrollmentId, correlationId and resumeAt (see
    // EnrollmentExecutionInput): a missing path would be a runtime error in Step Functions.
    const definition: IChainable = start;

    this.stateMachine = new StateMachine(this, 'StateMachine', {
      stateMachineName: this.stateMachineName,
      stateMachineType: StateMachineType.STANDARD,
      definitionBody: DefinitionBody.fromChainable(definition),
      tracingEnabled: true,
      logs: {
        destination: new LogGroup(this, 'Logs', { retention: props.platform.logRetention }),
        level: LogLevel.ALL,
        includeExecutionData: false,
      },
    });
    this.acknowledgeRoleFindings();
  }

  /** A synchronous step with the standard retry policy and the failure catch; its result goes to `resultPath`. */
  private step(
    stateName: string,
    fn: EnrollmentTaskName,
    resultPath: string,
    select: Record<string, string> = { outcome: '$.Payload.outcome' },
    payload: Record<string, unknown> = {},
  ) {
    const task = new LambdaInvoke(this, stateName, {
      lambdaFunction: this.functions[fn],
      payload: TaskInput.fromObject({ ...execution, ...payload }),
      resultSelector: Object.fromEntries(Object.entries(select).map(([key, path]) => [`${key}.$`, path])),
      resultPath,
      retryOnServiceExceptions: false,
    });
    task.addRetry({ errors: transientErrors, interval: Duration.seconds(2), maxAttempts: 3, backoffRate: 2 });
    if (this.failure) task.addCatch(this.failure, { errors: ['States.ALL'], resultPath: '$.error' });
    return task;
  }

  /** A callback step (`.waitForTaskToken`): the function parks the task token on the enrollment; a person resumes it. */
  private callback(
    stateName: string,
    fn: EnrollmentTaskName,
    payload: Record<string, unknown>,
    resultPath: string,
    timeout: Timeout,
  ) {
    const task = new LambdaInvoke(this, stateName, {
      lambdaFunction: this.functions[fn],
      integrationPattern: IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      payload: TaskInput.fromObject({ ...execution, ...payload, taskToken: JsonPath.taskToken }),
      taskTimeout: timeout,
      resultPath,
      retryOnServiceExceptions: false,
    });
    task.addRetry({ errors: transientErrors, interval: Duration.seconds(2), maxAttempts: 3, backoffRate: 2 });
    return task;
  }

  private catchFailure(task: LambdaInvoke): void {
    task.addCatch(this.failure, { errors: ['States.ALL'], resultPath: '$.error' });
  }

  /** Records how the timeline ended on the enrollment, then goes to `next`. */
  private outcome(stateName: string, outcome: string, next: Succeed | Fail) {
    const task = new LambdaInvoke(this, stateName, {
      lambdaFunction: this.functions.RecordOutcome,
      payload: TaskInput.fromObject({ ...execution, outcome, error: JsonPath.objectAt('$.error') }),
      resultSelector: { 'outcome.$': '$.Payload.outcome' },
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
}
