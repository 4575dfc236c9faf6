import type { IUserPool, IUserPoolClient } from 'aws-cdk-lib/aws-cognito';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IConfigurationSet } from 'aws-cdk-lib/aws-ses';

/** What every operation function may be wired to: the narrow props the constructs pass around. */
export interface Platform {
  table: ITable;
  indexNames: readonly string[];
  userPool: IUserPool;
  userPoolClient: IUserPoolClient;
  configurationSet: IConfigurationSet;
  configurationSetArn: string;
  emailIdentityArn: string;
  emailFrom: string;
  publicBaseUrl: string;
  operationsEmail: string;
  /** The key that signs paging cursors (a Secrets Manager dynamic reference, resolved at deploy). */
  cursorSecret: string;
  /** Names the logs' service and the metrics' dimension (the stack's name: one per stage). */
  serviceName: string;
  /** Days the functions' logs are kept. */
  logRetention: RetentionDays;
  /** Days the audit history (the events) is kept; kept for good when absent. */
  eventRetentionDays?: number;
}
