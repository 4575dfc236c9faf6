import { Duration, Validations } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { FilterCriteria, FilterRule, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { IStateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import { eventStreamFilter } from '#shared/platform/table-definition';
import { OperationFunction } from './operation-function';
import type { Platform } from './platform';

/**
 * The outbox consumer on the table's stream: only INSERTs of event items reach it (the same filter the
 * local poller applies). Failed records are retried with bisection; what still fails lands in a queue.
 */
export class EventConsumer extends Construct {
  public readonly function: OperationFunction;
  public readonly deadLetters: Queue;

  constructor(
    scope: Construct,
    id: string,
    props: { platform: Platform; table: ITable; machines: { enrollment: IStateMachine; directBill: IStateMachine } },
  ) {
    super(scope, id);
    this.function = new OperationFunction(this, 'ConsumeEvents', {
      entry: 'functions/platform/consume-events.ts',
      grants: { table: 'readWrite', email: true, cognito: ['AdminDeleteUser'] },
      platform: props.platform,
      timeout: Duration.seconds(60),
      environment: {
        ENROLLMENT_STATE_MACHINE_ARN: props.machines.enrollment.stateMachineArn,
        DIRECT_BILL_STATE_MACHINE_ARN: props.machines.directBill.stateMachineArn,
      },
    });
    for (const machine of Object.values(props.machines)) {
      machine.grantStartExecution(this.function);
      machine.grantTaskResponse(this.function);
    }
    this.deadLetters = new Queue(this, 'DeadLetters', {
      enforceSSL: true,
      encryption: QueueEncryption.SQS_MANAGED,
      retentionPeriod: Duration.days(14),
    });
    Validations.of(this.deadLetters).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason: 'This queue is itself the dead-letter destination of the stream consumer.',
    });
    Validations.of(this.function).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: 'dynamodb:ListStreams, added by the DynamoDB event source, supports no resource-level permission.',
    });
    this.function.addEventSource(
      new DynamoEventSource(props.table, {
        startingPosition: StartingPosition.TRIM_HORIZON,
        batchSize: 25,
        bisectBatchOnError: true,
        reportBatchItemFailures: true,
        retryAttempts: 10,
        maxRecordAge: Duration.days(1),
        onFailure: new SqsDlq(this.deadLetters),
        filters: [
          FilterCriteria.filter({
            eventName: FilterRule.isEqual(eventStreamFilter.eventName),
            dynamodb: { Keys: { pk: { S: FilterRule.beginsWith(eventStreamFilter.pkPrefix) } } },
          }),
        ],
      }),
    );
  }
}
