import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { jobs } from '#shared/app/jobs';
import { routes } from '#shared/app/routes';
import { directBillTasks } from '#shared/direct-bill/workflow';
import { enrollmentTasks } from '#shared/enrollment/workflow';
import { buildApp } from '../../infra/app';
import { resolveTokens } from '../../local/template';

let template: Template;
let json: { Resources: Record<string, { Type: string; Properties: any }> };
/** Every resource of the stack and its nested stacks (each API area is a nested stack). */
let all: { Type: string; Properties: any }[];
let nestedTemplates: (typeof json)[];

beforeAll(() => {
  const { stack } = buildApp({
    bundle: false,
    nag: false,
    context: {
      publicBaseUrl: 'https://partners.example.com',
      emailDomain: 'example.com',
      emailFrom: 'no-reply@example.com',
      operationsEmail: 'operations@example.com',
      corsOrigins: 'https://portal.distributor.example, not a url',
    },
  });
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

  it('alarms operations by email on dead effects, dead letters, failed executions, errors, 5xx and throttles', () => {
    template.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email' });
    const alarms = resourcesOf('AWS::CloudWatch::Alarm').map((a) => a.Properties);
    const watched = alarms.map((a) => a.MetricName);
    expect(watched).toEqual(
      expect.arrayContaining([
        'DeadEffects',
        'ApproximateNumberOfMessagesVisible',
        'ExecutionsFailed',
        'Errors',
        '5xx',
        'Throttles',
      ]),
    );
    expect(watched.filter((name) => name === 'ExecutionsFailed')).toHaveLength(2);
    // the consumer, the sweeper and each job
    expect(watched.filter((name) => name === 'Errors').length).toBeGreaterThanOrEqual(4);
    for (const alarm of alarms) expect(alarm.AlarmActions, alarm.MetricName).toHaveLength(1);
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
