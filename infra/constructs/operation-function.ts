import path from 'node:path';
import { Duration, Validations } from 'aws-cdk-lib';
import { Effect, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import type { Grants } from '#shared/http/route';
import { metricsNamespace } from '#shared/platform/observability-names';
import { lambdaBundling } from '../bundling';
import type { Platform } from './platform';
import { tableActionsOf } from './table-actions';

export const repoRoot = path.resolve(import.meta.dirname, '../..');

export interface OperationFunctionProps {
  /** Module, relative to the repository root, that exports `handler`. */
  entry: string;
  grants: Grants;
  platform: Platform;
  /** Extra environment, e.g. the state machine ARN for functions that start or signal it. */
  environment?: Record<string, string>;
  timeout?: Duration;
  memorySize?: number;
}

/**
 * One Lambda function per operation, with fixed defaults (Node.js 24 on arm64, minified esbuild bundle,
 * one month of logs) and a role that holds exactly the grants its declaration names: no `*` actions, no Scan.
 */
export class OperationFunction extends NodejsFunction {
  constructor(scope: Construct, id: string, props: OperationFunctionProps) {
    const { platform } = props;
    super(scope, id, {
      entry: path.join(repoRoot, props.entry),
      handler: 'handler',
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(10),
      projectRoot: repoRoot,
      depsLockFilePath: path.join(repoRoot, 'package-lock.json'),
      bundling: {
        minify: lambdaBundling.minify,
        // source maps are built and read (NODE_OPTIONS below): stack traces in the logs point at our files
        sourceMap: true,
        sourcesContent: false,
        target: lambdaBundling.target,
        format: OutputFormat.ESM,
        mainFields: lambdaBundling.mainFields,
        banner: lambdaBundling.banner,
        externalModules: [],
        esbuildArgs: Object.fromEntries(
          Object.entries(lambdaBundling.alias).map(([name, file]) => [`--alias:${name}`, file]),
        ),
      },
      logGroup: new LogGroup(scope, `${id}Logs`, { retention: platform.logRetention }),
      tracing: Tracing.ACTIVE,
      environment: {
        NODE_OPTIONS: '--enable-source-maps',
        POWERTOOLS_SERVICE_NAME: platform.serviceName,
        POWERTOOLS_METRICS_NAMESPACE: metricsNamespace,
        TABLE_NAME: platform.table.tableName,
        PUBLIC_BASE_URL: platform.publicBaseUrl,
        CURSOR_SECRET: platform.cursorSecret,
        USER_POOL_ID: platform.userPool.userPoolId,
        USER_POOL_CLIENT_ID: platform.userPoolClient.userPoolClientId,
        EMAIL_FROM: platform.emailFrom,
        SES_CONFIGURATION_SET: platform.configurationSet.configurationSetName,
        OPERATIONS_EMAIL: platform.operationsEmail,
        ...(platform.eventRetentionDays ? { EVENT_RETENTION_DAYS: String(platform.eventRetentionDays) } : {}),
        ...props.environment,
      },
    });
    this.grantDeclared(props.grants, platform, path.join(repoRoot, props.entry));
    // the template test holds `*` resources to the actions below (and ses:GetAccount, dynamodb:ListStreams)
    Validations.of(this).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'Active tracing adds xray:PutTraceSegments and xray:PutTelemetryRecords, which support no resource-level permission.',
    });
  }

  private grantDeclared(grants: Grants, platform: Platform, entry: string): void {
    const { table } = platform;
    const tableResources = [table.tableArn, ...platform.indexNames.map((name) => `${table.tableArn}/index/${name}`)];
    if (grants.table) {
      // only the actions its code can call (reads alone for a read grant)
      const actions = tableActionsOf(entry, grants.table);
      if (actions.length > 0)
        this.addToRolePolicy(new PolicyStatement({ effect: Effect.ALLOW, actions, resources: tableResources }));
    }
    if (grants.email) {
      this.addToRolePolicy(
        new PolicyStatement({
          actions: ['ses:SendEmail'],
          resources: [platform.emailIdentityArn, platform.configurationSetArn],
        }),
      );
    }
    // InitiateAuth and RespondToAuthChallenge are public client calls: only the Admin* ones need IAM.
    const adminActions = (grants.cognito ?? []).filter((action) => action.startsWith('Admin'));
    if (adminActions.length > 0) {
      this.addToRolePolicy(
        new PolicyStatement({
          actions: adminActions.map((a) => `cognito-idp:${a}`),
          resources: [platform.userPool.userPoolArn],
        }),
      );
    }
    if (grants.describeAll) {
      this.addToRolePolicy(new PolicyStatement({ actions: ['dynamodb:DescribeTable'], resources: [table.tableArn] }));
      this.addToRolePolicy(
        new PolicyStatement({ actions: ['cognito-idp:DescribeUserPool'], resources: [platform.userPool.userPoolArn] }),
      );
      // ses:GetAccount supports no resource-level permission: '*' is the only resource it accepts.
      this.addToRolePolicy(new PolicyStatement({ actions: ['ses:GetAccount'], resources: ['*'] }));
    }
  }
}
