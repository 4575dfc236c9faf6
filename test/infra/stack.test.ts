import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { jobs } from '#shared/app/jobs';
import { routes } from '#shared/app/routes';
import { directBillTasks } from '#shared/direct-bill/workflow';
import { enrollmentTasks } from '#shared/enrollment/workflow';
import { buildApp } from '../../infra/app';
import { stackOutputs } from '../../infra/outputs';
import { resolveTokens } from '../../local/template';

let template: Template;
let json: { Resources: Record<string, { Type: string; Properties: any }>; Outputs?: Record<string, unknown> };
/** Every resource of the stack and its nested stacks (each API area is a nested stack). */
let all: { Type: string; Properties: any }[];
let nestedTemplates: (typeof json)[];

/** cdk.json's context, as the CDK CLI hands it to the app. */
const cdkContext = (
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../cdk.json'), 'utf8')) as {
    context: Record<string, unknown>;
  }
).context;

/** The stack of one stage, as `cdk synth -c stage=<stage>` builds it (without bundling). */
function stageStack(stage: string, context: Record<string, unknown> = {}) {
  return buildApp({ bundle: false, nag: false, context: { ...cdkContext, stage, ...context } }).stack;
}

/** Every resource of a stack and its nested stacks. */
function resourcesOfStack(stack: ReturnType<typeof stageStack>) {
  return [stack, ...stack.api.areas.values()].flatMap((s) =>
    Object.values((Template.fromStack(s).toJSON() as typeof json).Resources),
  );
}

beforeAll(() => {
  const stack = stageStack('prod', { corsOrigins: 'https://portal.distributor.example, not a url' });
  template = Template.fromStack(stack);
  json = template.toJSON() as typeof json;
  nestedTemplates = [...stack.api.areas.values()].map((area) => Template.fromStack(area).toJSON() as typeof json);
  all = [json, ...nestedTemplates].flatMap((t) => Object.values(t.Resources));
});

const resourcesOf = (type: string) => all.filter((r) => r.Type === type);
const pascal = (name: string) => name[0]!.toUpperCase() + name.slice(1);

/** Each function's DynamoDB actions, by the function's logical id (the role's policy, followed to its function). */
function tableActionsByFunction(): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const resources of [json, ...nestedTemplates].map((t) => t.Resources)) {
    const functionOfRole: Record<string, string> = {};
    for (const [id, resource] of Object.entries(resources))
      if (resource.Type === 'AWS::Lambda::Function') functionOfRole[resource.Properties.Role['Fn::GetAtt'][0]] = id;
    for (const resource of Object.values(resources)) {
      if (resource.Type !== 'AWS::IAM::Policy') continue;
      const fn = functionOfRole[resource.Properties.Roles[0].Ref];
      const actions = (resource.Properties.PolicyDocument.Statement as { Action: string | string[] }[])
        .flatMap((statement) => ([] as string[]).concat(statement.Action))
        .filter((action) => action.startsWith('dynamodb:') && action !== 'dynamodb:DescribeTable');
      if (fn && actions.length > 0) result[fn] = [...new Set(actions)].sort();
    }
  }
  return result;
}

describe('the synthesized stack', () => {
  it('has one table with pk/sk, generic GSIs, TTL, a stream with both images, PITR and on-demand billing', () => {
    template.resourceCountIs('AWS::DynamoDB::Table', 1);
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
      BillingMode: 'PAY_PER_REQUEST',
      StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' },
      TimeToLiveSpecification: { AttributeName: 'ttl', Enabled: true },
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      GlobalSecondaryIndexes: Match.arrayWith([Match.objectLike({ IndexName: 'gsi1' })]),
    });
  });

  it('has one user pool offering TOTP, with a USER_PASSWORD_AUTH client and no OAuth flow or callback URL', () => {
    template.resourceCountIs('AWS::Cognito::UserPool', 1);
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      MfaConfiguration: 'OPTIONAL',
      EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
    });
    template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      ExplicitAuthFlows: Match.arrayWith(['ALLOW_USER_PASSWORD_AUTH']),
      AllowedOAuthFlows: Match.absent(),
      CallbackURLs: Match.absent(),
    });
  });

  it('puts bounced and complaining addresses on the SES suppression list', () => {
    template.hasResourceProperties('AWS::SES::ConfigurationSet', {
      SuppressionOptions: { SuppressedReasons: ['BOUNCE', 'COMPLAINT'] },
    });
  });

  it('alarms operations by email on dead effects, failing emails, dead letters, failed executions, errors, 5xx, throttles and SES reputation', () => {
    template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'operations@csp-partner.com',
    });
    const alarms = resourcesOf('AWS::CloudWatch::Alarm').map((a) => a.Properties);
    const watched = alarms.map((a) => `${a.Namespace}/${a.MetricName}`);
    expect(watched).toEqual(
      expect.arrayContaining([
        'CspPartner/EffectsDead',
        'CspPartner/EmailsFailed',
        'AWS/SQS/ApproximateNumberOfMessagesVisible',
        'AWS/States/ExecutionsFailed',
        'AWS/Lambda/Errors',
        'AWS/ApiGateway/5xx',
        'AWS/Lambda/Throttles',
        'AWS/SES/Reputation.BounceRate',
        'AWS/SES/Reputation.ComplaintRate',
      ]),
    );
    expect(watched.filter((name) => name === 'AWS/States/ExecutionsFailed')).toHaveLength(2);
    // the consumer, the sweeper and each job
    expect(watched.filter((name) => name === 'AWS/Lambda/Errors')).toHaveLength(1 + Object.keys(jobs).length);
    // the business metrics are the stage's own: the dimension the code publishes them with (the stack's name)
    const dead = alarms.find((a) => a.MetricName === 'EffectsDead')!;
    expect(dead.Dimensions).toEqual([{ Name: 'service', Value: 'CspPartner-prod' }]);
    const bounce = alarms.find((a) => a.MetricName === 'Reputation.BounceRate')!;
    expect(bounce.Threshold).toBe(0.05);
    expect(bounce.Dimensions[0].Name).toBe('ses:configuration-set');
    // each alarm's runbook is a section of docs/operations.md
    const runbook = readFileSync(path.resolve(import.meta.dirname, '../../docs/operations.md'), 'utf8');
    const sections = runbook
      .split('\n')
      .filter((line) => line.startsWith('### '))
      .flatMap((line) => line.slice(4).split(', '));
    for (const alarm of alarms) {
      expect(alarm.AlarmActions, alarm.MetricName).toHaveLength(1);
      const anchor = /Runbook: docs\/operations\.md#(\w+)/.exec(alarm.AlarmDescription)?.[1];
      expect(sections, alarm.AlarmDescription).toContain(anchor);
    }
  });

  it('has one dashboard of the stage, with the business metrics', () => {
    const dashboards = resourcesOf('AWS::CloudWatch::Dashboard');
    expect(dashboards).toHaveLength(1);
    const body = JSON.stringify(dashboards[0]!.Properties.DashboardBody);
    for (const name of ['EnrollmentActivated', 'EmailsSent', 'EffectsDead', 'JobFailures', 'Reputation.BounceRate'])
      expect(body, name).toContain(name);
  });

  it('traces every function and both state machines, and builds the source maps Node is told to read', () => {
    for (const fn of resourcesOf('AWS::Lambda::Function')) {
      expect(fn.Properties.TracingConfig, fn.Properties.Handler).toEqual({ Mode: 'Active' });
      expect(fn.Properties.Environment.Variables.NODE_OPTIONS).toBe('--enable-source-maps');
      expect(fn.Properties.Environment.Variables.POWERTOOLS_SERVICE_NAME).toBe('CspPartner-prod');
    }
    for (const machine of resourcesOf('AWS::StepFunctions::StateMachine'))
      expect(machine.Properties.TracingConfiguration).toEqual({ Enabled: true });
  });

  it('allows a * resource only to actions that have no resource-level permission', () => {
    const allowed = [
      ...['xray:PutTraceSegments', 'xray:PutTelemetryRecords', 'xray:GetSamplingRules', 'xray:GetSamplingTargets'],
      'ses:GetAccount',
      'dynamodb:ListStreams',
      // the state machines' log delivery (Step Functions vends logs through these account-level actions)
      ...['Create', 'Get', 'Update', 'Delete'].map((verb) => `logs:${verb}LogDelivery`),
      ...[
        'logs:ListLogDeliveries',
        'logs:PutResourcePolicy',
        'logs:DescribeResourcePolicies',
        'logs:DescribeLogGroups',
      ],
    ];
    for (const policy of resourcesOf('AWS::IAM::Policy'))
      for (const statement of policy.Properties.PolicyDocument.Statement as {
        Action: string | string[];
        Resource: unknown;
      }[])
        if (statement.Resource === '*')
          for (const action of ([] as string[]).concat(statement.Action)) expect(allowed, action).toContain(action);
  });

  it('outputs what operator:create and people need after a deploy', () => {
    const outputs = Object.values(json.Outputs ?? {}).length ? json.Outputs! : {};
    for (const { name } of Object.values(stackOutputs)) expect(Object.keys(outputs), name).toContain(name);
    // without a custom domain the links in emails point at API Gateway's own URL
    const variables = resourcesOf('AWS::Lambda::Function')[0]!.Properties.Environment.Variables;
    expect(JSON.stringify(variables.PUBLIC_BASE_URL)).toContain('ApiEndpoint');
  });

  it('has one HTTP API with a JWT authorizer on exactly the signed-in routes', () => {
    template.resourceCountIs('AWS::ApiGatewayV2::Api', 1);
    template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', { AuthorizerType: 'JWT' });
    const apiRoutes = resourcesOf('AWS::ApiGatewayV2::Route');
    for (const route of routes) {
      const found = apiRoutes.find((r) => r.Properties.RouteKey === `${route.method} ${route.path}`);
      expect(found, route.operationId).toBeDefined();
      expect(found!.Properties.AuthorizationType ?? 'NONE', route.operationId).toBe(
        route.auth === 'user' ? 'JWT' : 'NONE',
      );
    }
    expect(apiRoutes.some((r) => r.Properties.RouteKey === '$default')).toBe(true);
  });

  it('lets the configured browser origins call the API, with the same CORS policy as the local gateway', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      CorsConfiguration: {
        AllowOrigins: ['https://portal.distributor.example'],
        AllowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
        AllowHeaders: Match.arrayWith(['authorization', 'idempotency-key']),
        ExposeHeaders: Match.arrayWith(['etag', 'x-correlation-id']),
        MaxAge: 600,
      },
    });
  });

  it('has one Lambda function per route, per workflow task, the stream consumer and the fallback', () => {
    const functions = resourcesOf('AWS::Lambda::Function');
    expect(functions).toHaveLength(
      routes.length +
        Object.keys(enrollmentTasks).length +
        Object.keys(directBillTasks).length +
        Object.keys(jobs).length +
        2,
    );
    for (const fn of functions) expect(fn.Properties.Runtime).toBe('nodejs24.x');
  });

  it('feeds only inserted event items to the stream consumer', () => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      FilterCriteria: { Filters: [{ Pattern: Match.stringLikeRegexp('EVENT#') }] },
    });
  });

  it('has an SES identity and configuration set', () => {
    template.resourceCountIs('AWS::SES::EmailIdentity', 1);
    template.hasResourceProperties('AWS::SES::EmailIdentity', { EmailIdentity: 'partners.csp-partner.com' });
    template.resourceCountIs('AWS::SES::ConfigurationSet', 1);
  });

  it('runs the enrollment timeline and the direct-bill application as Standard state machines with Retry and Catch on every Task and a timeout on every callback', () => {
    template.resourceCountIs('AWS::StepFunctions::StateMachine', 2);
    for (const machine of resourcesOf('AWS::StepFunctions::StateMachine')) {
      expect(machine.Properties.StateMachineType).toBe('STANDARD');
      const definition = JSON.parse(String(resolveTokens(machine.Properties.DefinitionString))) as {
        States: Record<
          string,
          {
            Type: string;
            Resource?: string;
            Retry?: unknown[];
            Catch?: unknown[];
            TimeoutSeconds?: number;
            TimeoutSecondsPath?: string;
          }
        >;
      };
      const tasks = Object.entries(definition.States).filter(([, state]) => state.Type === 'Task');
      expect(tasks.length).toBeGreaterThan(0);
      for (const [name, state] of tasks) {
        expect(state.Retry?.length, `${name} Retry`).toBeGreaterThan(0);
        expect(state.Catch?.length, `${name} Catch`).toBeGreaterThan(0);
        if (state.Resource?.endsWith('.waitForTaskToken'))
          expect(state.TimeoutSeconds ?? state.TimeoutSecondsPath, `${name} timeout`).toBeTruthy();
      }
    }
  });

  it('grants no wildcard action and no Scan to any role', () => {
    for (const policy of resourcesOf('AWS::IAM::Policy')) {
      for (const statement of policy.Properties.PolicyDocument.Statement as { Action: string | string[] }[]) {
        const actions = ([] as string[]).concat(statement.Action);
        for (const action of actions) {
          expect(action.endsWith(':*') || action === '*', action).toBe(false);
          expect(action).not.toBe('dynamodb:Scan');
        }
      }
    }
  });

  it('gives each role only the DynamoDB actions its code calls: reads for a read grant, batch writes for importers', () => {
    const actionsByFunction = tableActionsByFunction();
    const of = (operationId: string) => {
      const id = Object.keys(actionsByFunction).find((name) => name.startsWith(pascal(operationId)));
      expect(id, operationId).toBeDefined();
      return actionsByFunction[id!]!;
    };
    const writes = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem'];
    for (const route of routes.filter((r) => r.grants.table === 'read'))
      expect(
        of(route.operationId).filter((action) => writes.includes(action)),
        route.operationId,
      ).toEqual([]);
    expect(of('listPartnerUsers')).toEqual(['dynamodb:GetItem', 'dynamodb:Query']);
    expect(of('importPartnerDirectory')).toContain('dynamodb:BatchWriteItem');
    // the directory and registry adapters hold their import beside their lookup (one swappable object), so their
    // readers keep BatchWriteItem too; every other function is without it
    for (const operationId of ['createPartnerUser', 'signUp', 'createLead', 'submitOrder', 'acceptInvitation'])
      expect(of(operationId), operationId).not.toContain('dynamodb:BatchWriteItem');
    const deleters = Object.values(actionsByFunction).filter((actions) => actions.includes('dynamodb:DeleteItem'));
    expect(deleters.length).toBeLessThan(Object.keys(actionsByFunction).length);
  });

  it('schedules every job with EventBridge Scheduler', () => {
    template.resourceCountIs('AWS::Scheduler::Schedule', Object.keys(jobs).length);
    template.hasResourceProperties('AWS::Scheduler::Schedule', { ScheduleExpression: 'rate(15 minutes)' });
  });

  it('keeps every stack under CloudFormation’s 500-resource limit', () => {
    expect(Object.keys(json.Resources).length).toBeLessThan(450);
  });

  it('gives each function its own role', () => {
    const roles = resourcesOf('AWS::Lambda::Function').map((fn) => JSON.stringify(fn.Properties.Role));
    expect(new Set(roles).size).toBe(roles.length);
  });
});

describe('stages', () => {
  const policies = (stack: ReturnType<typeof stageStack>, type: string) =>
    [stack, ...stack.api.areas.values()].flatMap((s) =>
      Object.values((Template.fromStack(s).toJSON() as { Resources: Record<string, any> }).Resources)
        .filter((r) => r.Type === type)
        .map((r) => ({
          deletion: r.DeletionPolicy,
          protection: r.Properties.DeletionProtectionEnabled ?? r.Properties.DeletionProtection,
        })),
    );

  it('prod keeps its table, user pool and logs, with deletion protection', () => {
    const prod = stageStack('prod');
    expect(prod.stackName).toBe('CspPartner-prod');
    expect(policies(prod, 'AWS::DynamoDB::Table')).toEqual([{ deletion: 'Retain', protection: true }]);
    expect(policies(prod, 'AWS::Cognito::UserPool')).toEqual([{ deletion: 'Retain', protection: 'ACTIVE' }]);
    for (const group of policies(prod, 'AWS::Logs::LogGroup')) expect(group.deletion).toBe('Retain');
  });

  it('dev leaves nothing behind: every resource, nested stacks included, is deleted with the stack', () => {
    const dev = stageStack('dev');
    expect(dev.stackName).toBe('CspPartner-dev');
    expect(policies(dev, 'AWS::DynamoDB::Table')).toEqual([{ deletion: 'Delete', protection: false }]);
    expect(policies(dev, 'AWS::Cognito::UserPool')).toEqual([{ deletion: 'Delete', protection: 'INACTIVE' }]);
    const kept = [dev, ...dev.api.areas.values()].flatMap((s) =>
      Object.entries((Template.fromStack(s).toJSON() as { Resources: Record<string, any> }).Resources)
        .filter(([, r]) => r.DeletionPolicy === 'Retain' || r.DeletionPolicy === 'Snapshot')
        .map(([id]) => id),
    );
    expect(kept).toEqual([]);
    expect(JSON.stringify(Template.fromStack(dev).toJSON())).toContain('dev.partners.csp-partner.com');
  });

  it('two stages of one account share nothing by name: a stage that imports the SES identity creates none', () => {
    const mine = stageStack('alice', { emailIdentity: 'import', removal: 'destroy', ...devAddresses });
    expect(resourcesOfStack(mine).filter((r) => r.Type === 'AWS::SES::EmailIdentity')).toEqual([]);
    // its own configuration set (bounce and complaint rates of its own), its own metrics dimension
    expect(resourcesOfStack(mine).filter((r) => r.Type === 'AWS::SES::ConfigurationSet')).toHaveLength(1);
    const fn = resourcesOfStack(mine).find((r) => r.Type === 'AWS::Lambda::Function')!;
    expect(fn.Properties.Environment.Variables.POWERTOOLS_SERVICE_NAME).toBe('CspPartner-alice');
  });

  it('a custom domain gets its certificate, the API mapped to it, an alias record, and the links in emails', () => {
    const stack = stageStack('prod', {
      domainName: 'api.partners.csp-partner.com',
      hostedZoneId: 'Z0123456789ABCDEFGHIJ',
      hostedZoneName: 'csp-partner.com',
    });
    const resources = resourcesOfStack(stack);
    const types = resources.map((r) => r.Type);
    for (const type of [
      'AWS::CertificateManager::Certificate',
      'AWS::ApiGatewayV2::DomainName',
      'AWS::ApiGatewayV2::ApiMapping',
      'AWS::Route53::RecordSet',
    ])
      expect(types, type).toContain(type);
    const fn = resources.find((r) => r.Type === 'AWS::Lambda::Function')!;
    expect(fn.Properties.Environment.Variables.PUBLIC_BASE_URL).toBe('https://api.partners.csp-partner.com');
  });

  it('refuses to synthesize with a required value missing or wrong, naming it', () => {
    expect(() => buildApp({ bundle: false, nag: false, context: cdkContext })).toThrow(/Choose a stage: -c stage=/);
    expect(() => stageStack('alice')).toThrow(/Stage "alice" has no emailDomain/);
    expect(() =>
      stageStack('alice', { ...devAddresses, removal: 'destroy', emailIdentity: 'import', operationsEmail: '' }),
    ).toThrow(/has no operationsEmail/);
    expect(() => stageStack('dev', { emailFrom: 'no-reply@elsewhere.com' })).toThrow(/must be an address on/);
    expect(() => stageStack('dev', { removal: 'keep' })).toThrow(/removal must be destroy or retain/);
    expect(() => stageStack('dev', { domainName: 'api.csp-partner.com' })).toThrow(/has no hostedZoneId/);
    expect(() => stageStack('Dev')).toThrow(/lowercase/);
  });

  it('holds no placeholder domain in cdk.json', () => {
    expect(JSON.stringify(cdkContext)).not.toMatch(/example\.(com|org|net)/);
  });
});

const devAddresses = {
  emailDomain: 'dev.partners.csp-partner.com',
  emailFrom: 'no-reply@dev.partners.csp-partner.com',
  operationsEmail: 'operations+alice@csp-partner.com',
};
