import { Duration } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, type IMetric, Metric, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import type { IStateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import { effectMetrics } from '#shared/platform/effect-metrics';

/**
 * What wakes the operations address (docs/reliability.md): an effect parked as dead, a stream record
 * dead-lettered, a failed workflow execution, errors of the consumer, the sweeper and the jobs, 5xx answers of
 * the API, and throttled functions. Each alarm goes to one SNS topic that emails operations; each has its
 * redrive (listDeadEffects/redriveEffect, the reconciler, the queue's redrive to the consumer).
 */
export class Alarms extends Construct {
  public readonly topic: Topic;

  constructor(
    scope: Construct,
    id: string,
    props: {
      operationsEmail: string;
      deadLetters: IQueue;
      machines: IStateMachine[];
      functions: Record<string, IFunction>;
      apiId: string;
    },
  ) {
    super(scope, id);
    this.topic = new Topic(this, 'Operations', {
      displayName: 'CSP partner platform: operations',
      masterKey: new Key(this, 'TopicKey', { enableKeyRotation: true }),
      enforceSSL: true,
    });
    this.topic.addSubscription(new EmailSubscription(props.operationsEmail));
    const alarm = (name: string, metric: IMetric, description: string) =>
      new Alarm(this, name, {
        metric,
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
        alarmDescription: description,
      }).addAlarmAction(new SnsAction(this.topic));

    alarm(
      'DeadEffects',
      new Metric({
        namespace: effectMetrics.namespace,
        metricName: effectMetrics.dead,
        statistic: 'Sum',
        period: Duration.minutes(5),
      }),
      'An effect (email, workflow signal, identity change) failed for 24 hours and was parked: listDeadEffects, then redriveEffect.',
    );
    alarm(
      'StreamDeadLetters',
      props.deadLetters.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5) }),
      'The outbox consumer could not record a delivery (table unreachable); its events stay pending for the sweeper.',
    );
    for (const [i, machine] of props.machines.entries())
      alarm(
        `FailedExecutions${i}`,
        machine.metricFailed({ period: Duration.minutes(5) }),
        'A workflow execution failed; the reconciler resumes failed enrollment timelines on its own (docs/reliability.md).',
      );
    for (const [name, fn] of Object.entries(props.functions))
      alarm(`${name}Errors`, fn.metricErrors({ period: Duration.minutes(5) }), `${name} failed.`);
    alarm(
      'Api5xx',
      new Metric({
        namespace: 'AWS/ApiGateway',
        metricName: '5xx',
        dimensionsMap: { ApiId: props.apiId },
        statistic: 'Sum',
        period: Duration.minutes(5),
      }),
      'The API answered 5xx (a dependency outage answers 503 with Retry-After; anything else is a defect).',
    );
    alarm(
      'Throttles',
      new Metric({ namespace: 'AWS/Lambda', metricName: 'Throttles', statistic: 'Sum', period: Duration.minutes(5) }),
      'Functions of this account were throttled.',
    );
  }
}
