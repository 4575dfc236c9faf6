import { Stack, type StackProps } from 'aws-cdk-lib';
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

export interface PartnerStackProps extends StackProps {
  /** Base URL of the links in emails (the API's custom domain). */
  publicBaseUrl: string;
  /** The verified SES sending domain, and the From address on it. */
  emailDomain: string;
  emailFrom: string;
  /** Where operators are alerted (overdue reviews). */
  operationsEmail: string;
  /** Browser origins allowed to call the API (CORS); none by default. */
  corsOrigins?: string[];
  /** Days the audit history is kept (DynamoDB TTL on events); kept for good when absent. */
  eventRetentionDays?: number;
}

/** Composes the constructs; holds no resources of its own. */
export class PartnerStack extends Stack {
  public readonly storage: Storage;
  public readonly workflow: EnrollmentWorkflow;
  public readonly directBill: DirectBillWorkflow;
  public readonly api: Api;

  constructor(scope: Construct, id: string, props: PartnerStackProps) {
    super(scope, id, props);
    this.storage = new Storage(this, 'Storage');
    const identity = new Identity(this, 'Identity');
    const email = new Email(this, 'Email', { domain: props.emailDomain });
    // seals paging cursors so clients can neither read nor forge them; rotating it only invalidates cursors in flight
    const cursorKey = new Secret(this, 'CursorKey', {
      description: 'Seals the API paging cursors (AES-256-GCM).',
      generateSecretString: { passwordLength: 48, excludePunctuation: true },
    });
    const platform: Platform = {
      table: this.storage.table,
      indexNames: this.storage.indexNames,
      userPool: identity.userPool,
      userPoolClient: identity.client,
      configurationSet: email.configurationSet,
      configurationSetArn: email.configurationSetArn,
      emailIdentityArn: email.identityArn,
      emailFrom: props.emailFrom,
      publicBaseUrl: props.publicBaseUrl,
      operationsEmail: props.operationsEmail,
      cursorSecret: cursorKey.secretValue.unsafeUnwrap(),
      eventRetentionDays: props.eventRetentionDays,
    };
    this.workflow = new EnrollmentWorkflow(this, 'EnrollmentWorkflow', { platform });
    this.directBill = new DirectBillWorkflow(this, 'DirectBillWorkflow', { platform });
    const machines = { enrollment: this.workflow.stateMachine, directBill: this.directBill.stateMachine };
    this.api = new Api(this, 'Api', { routes, platform, machines, corsOrigins: props.corsOrigins ?? [] });
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
    new Alarms(this, 'Alarms', {
      operationsEmail: props.operationsEmail,
      deadLetters: consumer.deadLetters,
      machines: Object.values(machines),
      functions: { ConsumeEvents: consumer.function, ...jobs.functions },
      apiId: this.api.httpApi.apiId,
    });
    acknowledgeFindings(this);
  }
}
