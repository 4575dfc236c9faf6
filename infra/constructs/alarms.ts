import { Duration, Stack } from 'aws-cdk-lib';
import {
  Alarm,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  type IMetric,
  Metric,
  TextWidget,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import type { IStateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import { businessMetrics, countedEvents, metricsNamespace } from '#shared/platform/observability-names';

/** An alarm's threshold and what it tells operations (docs/operations.md has the runbook of each). */
interface AlarmSpec {
  metric: IMetric;
  threshold?: number;
  description: string;
}

/**
 * What wakes the operations address, each alarm to one SNS topic that emails it, and one dashboard of the
 * stage. The alarms (docs/operations.md, "Alarms", has what to do for each): an effect parked as dead,
 * emails failing, a stream record dead-lettered, a failed workflow execution, errors of the consumer and the
 * jobs, 5xx answers of the API, throttled functions, and SES bounce and complaint rates near the levels at
 * which SES reviews or pauses an account.
 */
export class Alarms extends Construct {
  public readonly topic: Topic;
  public readonly alarms: Record<string, Alarm> = {};
  public readonly dashboard: Dashboard;
  public readonly dashboardUrl: string;

  constructor(
    scope: Construct,
    id: string,
    props: {
      operationsEmail: string;
      /** The stack's name: the `service` dimension of the business metrics. */
      serviceName: string;
      deadLetters: IQueue;
      machines: { enrollment: IStateMachine; directBill: IStateMachine };
      functions: Record<string, IFunction>;
      taskFunctions: IFunction[];
      apiId: string;
      configurationSetName: string;
      table: ITable;
    },
  ) {
    super(scope, id);
    this.topic = new Topic(this, 'Operations', {
      displayName: `CSP partner platform (${props.serviceName}): operations`,
      masterKey: new Key(this, 'TopicKey', { enableKeyRotation: true }),
      enforceSSL: true,
    });
    this.topic.addSubscription(new EmailSubscription(props.operationsEmail));

    const five = Duration.minutes(5);
    const business = (metricName: string, period = five) =>
      new Metric({
        namespace: metricsNamespace,
        metricName,
        dimensionsMap: { service: props.serviceName },
        statistic: 'Sum',
        period,
      });
    const ses = (metricName: string) =>
      new Metric({
        namespace: 'AWS/SES',
        metricName,
        dimensionsMap: { 'ses:configuration-set': props.configurationSetName },
        statistic: 'Maximum',
        period: Duration.hours(1),
      });
    const api = (metricName: string, statistic = 'Sum') =>
      new Metric({
        namespace: 'AWS/ApiGateway',
        metricName,
        dimensionsMap: { ApiId: props.apiId },
        statistic,
        period: five,
      });

    const specs: Record<string, AlarmSpec> = {
      DeadEffects: {
        metric: business(businessMetrics.effectsDead),
        description:
          'An effect (email, workflow signal, identity change) failed for 24 hours and was parked as dead: listDeadEffects, fix the cause, then redriveEffect.',
      },
      EmailsFailing: {
        metric: business(businessMetrics.emailsFailed, Duration.minutes(15)),
        threshold: 5,
        description:
          'Emails are failing to send (SES unreachable, throttled or refusing). They stay pending and are retried with backoff for 24 hours; see the SES account status.',
      },
      StreamDeadLetters: {
        metric: props.deadLetters.metricApproximateNumberOfMessagesVisible({ period: five }),
        description:
          'The outbox consumer could not record a delivery (table unreachable); its events stay pending for the sweeper.',
      },
      EnrollmentFailedExecutions: {
        metric: props.machines.enrollment.metricFailed({ period: five }),
        description:
          'An enrollment timeline execution failed; the reconciler resumes failed timelines on its own (docs/operations.md).',
      },
      DirectBillFailedExecutions: {
        metric: props.machines.directBill.metricFailed({ period: five }),
        description: 'A direct-bill transition execution failed; startTransition again once the cause is fixed.',
      },
      Api5xx: {
        metric: api('5xx'),
        description:
          'The API answered 5xx (a dependency outage answers 503 with Retry-After; anything else is a defect).',
      },
      Throttles: {
        metric: new Metric({ namespace: 'AWS/Lambda', metricName: 'Throttles', statistic: 'Sum', period: five }),
        description: 'Functions of this account were throttled (concurrency limit).',
      },
      SesBounceRate: {
        metric: ses('Reputation.BounceRate'),
        threshold: 0.05,
        description:
          'The bounce rate of this stage’s emails reached 5% (SES reviews an account at 5% and may pause sending at 10%).',
      },
      SesComplaintRate: {
        metric: ses('Reputation.ComplaintRate'),
        threshold: 0.001,
        description:
          'The complaint rate of this stage’s emails reached 0.1% (SES reviews an account at 0.1% and may pause sending at 0.5%).',
      },
    };
    for (const [name, fn] of Object.entries(props.functions))
      specs[`${name}Errors`] = {
        metric: fn.metricErrors({ period: five }),
        description: `${name} failed (an error or a timeout); the scheduler or the stream runs it again.`,
      };

    for (const [name, spec] of Object.entries(specs)) {
      const alarm = new Alarm(this, name, {
        metric: spec.metric,
        threshold: spec.threshold ?? 1,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
        alarmDescription: `${spec.description} Runbook: docs/operations.md#${name.toLowerCase()}`,
      });
      alarm.addAlarmAction(new SnsAction(this.topic));
      alarm.addOkAction(new SnsAction(this.topic));
      this.alarms[name] = alarm;
    }

    this.dashboard = new Dashboard(this, 'Dashboard', { defaultInterval: Duration.days(1) });
    const graph = (title: string, left: IMetric[], width = 8) => new GraphWidget({ title, left, width, height: 6 });
    this.dashboard.addWidgets(
      new TextWidget({
        markdown: `# ${props.serviceName}\nAlarms email ${props.operationsEmail}. Runbook: docs/operations.md.`,
        width: 24,
        height: 2,
      }),
    );
    this.dashboard.addWidgets(
      graph('API: requests and errors', [api('Count'), api('4xx'), api('5xx')]),
      graph('API: latency (p99, ms)', [api('Latency', 'p99'), api('IntegrationLatency', 'p99')]),
      graph('Emails', [business(businessMetrics.emailsSent), business(businessMetrics.emailsFailed)]),
    );
    this.dashboard.addWidgets(
      graph(
        'Enrollments and direct bill (events)',
        countedEvents.map((type) => business(type, Duration.hours(1))),
        12,
      ),
      graph('Effects (outbox)', [
        business(businessMetrics.effectsDelivered),
        business(businessMetrics.effectsDeferred),
        business(businessMetrics.effectsDead),
      ]),
      graph('Jobs', [business(businessMetrics.jobRuns), business(businessMetrics.jobFailures)], 4),
    );
    this.dashboard.addWidgets(
      graph('Workflows: failed executions', [
        props.machines.enrollment.metricFailed(),
        props.machines.directBill.metricFailed(),
      ]),
      graph('SES reputation (rate)', [ses('Reputation.BounceRate'), ses('Reputation.ComplaintRate')]),
      graph('Table errors and stream dead letters', [
        props.table.metricUserErrors({ period: five }),
        props.deadLetters.metricApproximateNumberOfMessagesVisible({ period: five }),
      ]),
    );
    this.dashboard.addWidgets(
      graph(
        'Workflow task errors (retried by the state machines)',
        props.taskFunctions.map((fn) => fn.metricErrors({ period: five })),
        24,
      ),
    );
    const region = Stack.of(this).region;
    this.dashboardUrl = `https://${region}.console.aws.amazon.com/cloudwatch/home?region=${region}#dashboards:name=${this.dashboard.dashboardName}`;
  }
}
