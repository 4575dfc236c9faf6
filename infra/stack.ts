import { CfnOutput, RemovalPolicies, Stack, type StackProps } from 'aws-cdk-lib';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import { routes } from '#shared/app/routes';
import { Alarms } from './constructs/alarms';
import { Api } from './constructs/api';
import { DirectBillWorkflow } from './constructs/direct-bill-workflow';
import { Email } from './constructs/email';
import { EnrollmentWorkflow } from './constructs/enrollment-workflow';
import { EventConsumer } from './constructs/event-consumer';
import { Identity } from './constructs/identity';
import { Jobs } from './constructs/jobs';
import type { Platform } from './constructs/platform';
import { Storage } from './constructs/storage';
import { acknowledgeFindings } from './nag';
import { stackOutputs } from './outputs';
import type { StageConfig } from './stage';

export interface PartnerStackProps extends StackProps {
  stage: StageConfig;
}

/** Composes the constructs of one stage; holds no resources of its own but its outputs. */
export class PartnerStack extends Stack {
  public readonly storage: Storage;
  public readonly workflow: EnrollmentWorkflow;
  public readonly directBill: DirectBillWorkflow;
  public readonly api: Api;
  public readonly alarms: Alarms;

  constructor(scope: Construct, id: string, props: PartnerStackProps) {
    super(scope, id, props);
    const { stage } = props;
    this.storage = new Storage(this, 'Storage', { removal: stage.removal });
    const identity = new Identity(this, 'Identity', { removal: stage.removal });
    const email = new Email(this, 'Email', { domain: stage.emailDomain, identity: stage.emailIdentity });
    // seals paging cursors so clients can neither read nor forge them; rotating it only invalidates cursors in flight
    const cursorKey = new Secret(this, 'CursorKey', {
      description: 'Seals the API paging cursors (AES-256-GCM).',
      generateSecretString: { passwordLength: 48, excludePunctuation: true },
    });
    const logRetention = stage.removal === 'retain' ? RetentionDays.THREE_MONTHS : RetentionDays.TWO_WEEKS;
    this.api = new Api(this, 'Api', {
      corsOrigins: stage.corsOrigins,
      customDomain: stage.customDomain,
      logRetention,
    });
    const platform: Platform = {
      table: this.storage.table,
      indexNames: this.storage.indexNames,
      userPool: identity.userPool,
      userPoolClient: identity.client,
      configurationSet: email.configurationSet,
      configurationSetArn: email.configurationSetArn,
      emailIdentityArn: email.identityArn,
      emailFrom: stage.emailFrom,
      publicBaseUrl: this.api.publicBaseUrl,
      operationsEmail: stage.operationsEmail,
      cursorSecret: cursorKey.secretValue.unsafeUnwrap(),
      eventRetentionDays: stage.eventRetentionDays,
      serviceName: this.stackName,
      logRetention,
    };
    this.workflow = new EnrollmentWorkflow(this, 'EnrollmentWorkflow', { platform });
    this.directBill = new DirectBillWorkflow(this, 'DirectBillWorkflow', { platform });
    const machines = { enrollment: this.workflow.stateMachine, directBill: this.directBill.stateMachine };
    this.api.addOperations({ routes, platform, machines });
    const consumer = new EventConsumer(this, 'Events', { platform, table: this.storage.table, machines });
    const jobs = new Jobs(this, 'Jobs', {
      platform,
      stateMachine: {
        name: this.workflow.stateMachineName,
        arn: this.workflow.stateMachineArnPattern.machine,
        executions: this.workflow.stateMachineArnPattern.executions,
        directBillArn: this.directBill.stateMachine.stateMachineArn,
      },
    });
    this.alarms = new Alarms(this, 'Alarms', {
      operationsEmail: stage.operationsEmail,
      serviceName: this.stackName,
      deadLetters: consumer.deadLetters,
      machines,
      functions: { ConsumeEvents: consumer.function, ...jobs.functions },
      taskFunctions: [...Object.values(this.workflow.functions), ...Object.values(this.directBill.functions)],
      apiId: this.api.httpApi.apiId,
      configurationSetName: email.configurationSet.configurationSetName,
      table: this.storage.table,
    });

    // what `npm run operator:create -- --stage <name>` and people read after a deploy (infra/outputs.ts)
    const outputs: Record<keyof typeof stackOutputs, string> = {
      apiUrl: this.api.publicBaseUrl,
      tableName: this.storage.table.tableName,
      userPoolId: identity.userPool.userPoolId,
      userPoolClientId: identity.client.userPoolClientId,
      region: this.region,
      operationsTopicArn: this.alarms.topic.topicArn,
      dashboardUrl: this.alarms.dashboardUrl,
    };
    for (const [key, value] of Object.entries(outputs)) {
      const output = stackOutputs[key as keyof typeof stackOutputs];
      new CfnOutput(this, output.name, { value, description: output.description });
    }

    // a dev stage leaves nothing behind when it is destroyed; prod keeps its data (Storage, Identity: retain)
    if (stage.removal === 'destroy') RemovalPolicies.of(this).destroy();
    acknowledgeFindings(this);
  }
}
