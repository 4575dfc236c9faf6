import { Duration, NestedStack, Validations } from 'aws-cdk-lib';
import {
  ApiMapping,
  CorsHttpMethod,
  DomainName,
  HttpApi,
  HttpMethod,
  HttpRoute,
  HttpRouteKey,
  HttpStage,
  LogGroupLogDestination,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { Certificate, CertificateValidation } from 'aws-cdk-lib/aws-certificatemanager';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { ARecord, HostedZone, RecordTarget } from 'aws-cdk-lib/aws-route53';
import { ApiGatewayv2DomainProperties } from 'aws-cdk-lib/aws-route53-targets';
import type { IStateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import { fallbackHandler, type Route } from '#shared/app/routes';
import { corsPolicy } from '#shared/http/cors';
import type { StageConfig } from '../stage';
import { OperationFunction } from './operation-function';
import type { Platform } from './platform';

const publicReason: Record<string, string> = {
  Identity: 'sign-up and sign-in happen before a token exists',
  Platform: 'health checks and the API description are read without a token',
  Enrollment: 'it serves an emailed link, which carries its own single-use token',
  Partners: 'it serves an emailed link or the public provider directory',
  Pages: 'it is a page behind an emailed link, with its own page session and CSRF protection',
};

/**
 * The HTTP API: one route and one function per declared operation. `user` routes sit behind the JWT
 * authorizer of the user pool; `public` ones (email links, sign-up, sign-in, health, the document, the
 * provider directory) do not. Anything else reaches `$default`, which answers 404 problem+json.
 * Each area's functions live in a nested stack of their own: one function per operation is seven
 * CloudFormation resources, and a single stack may hold 500.
 */
export class Api extends Construct {
  public readonly httpApi: HttpApi;
  /** Where the API is reached, and so the base of every link in emails: the custom domain, or API Gateway's own. */
  public readonly publicBaseUrl: string;
  public readonly functions: Map<string, OperationFunction> = new Map();
  public readonly areas: Map<string, NestedStack> = new Map();

  /** The API itself first (its URL goes into every function's environment), then `addOperations`. */
  constructor(
    scope: Construct,
    id: string,
    props: {
      /** Browser origins allowed to call the API: API Gateway answers their preflights (shared/http/cors.ts). */
      corsOrigins?: string[];
      customDomain?: StageConfig['customDomain'];
      logRetention: RetentionDays;
    },
  ) {
    super(scope, id);
    const origins = props.corsOrigins ?? [];
    this.httpApi = new HttpApi(this, 'HttpApi', {
      createDefaultStage: false,
      ...(origins.length
        ? {
            corsPreflight: {
              allowOrigins: origins,
              allowMethods: corsPolicy.allowMethods.map((method) => CorsHttpMethod[method]),
              allowHeaders: [...corsPolicy.allowHeaders],
              exposeHeaders: [...corsPolicy.exposeHeaders],
              maxAge: Duration.seconds(corsPolicy.maxAgeSeconds),
            },
          }
        : {}),
    });
    const stage = new HttpStage(this, 'DefaultStage', {
      httpApi: this.httpApi,
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: 200, burstLimit: 400 },
      accessLogSettings: {
        destination: new LogGroupLogDestination(new LogGroup(this, 'AccessLogs', { retention: props.logRetention })),
      },
    });
    this.publicBaseUrl = props.customDomain ? this.customDomain(props.customDomain, stage) : this.httpApi.apiEndpoint;
  }

  /** The domain's certificate (validated in its zone), the API mapped to it, and its alias record. */
  private customDomain(config: NonNullable<StageConfig['customDomain']>, stage: HttpStage): string {
    const zone = HostedZone.fromHostedZoneAttributes(this, 'Zone', {
      hostedZoneId: config.hostedZoneId,
      zoneName: config.hostedZoneName,
    });
    const certificate = new Certificate(this, 'Certificate', {
      domainName: config.domainName,
      validation: CertificateValidation.fromDns(zone),
    });
    const domainName = new DomainName(this, 'DomainName', { domainName: config.domainName, certificate });
    new ApiMapping(this, 'Mapping', { api: this.httpApi, domainName, stage });
    new ARecord(this, 'Alias', {
      zone,
      recordName: config.domainName,
      target: RecordTarget.fromAlias(
        new ApiGatewayv2DomainProperties(domainName.regionalDomainName, domainName.regionalHostedZoneId),
      ),
    });
    return `https://${config.domainName}`;
  }

  /** One route and one function per declared operation, and `$default` for everything else. */
  addOperations(props: {
    routes: readonly Route[];
    platform: Platform;
    machines: { enrollment: IStateMachine; directBill: IStateMachine };
  }): void {
    const { platform } = props;
    const stateMachine = props.machines.enrollment;
    const notFound = new OperationFunction(this, 'NotFound', { entry: fallbackHandler, grants: {}, platform });
    new HttpRoute(this.httpApi, 'DefaultRoute', {
      httpApi: this.httpApi,
      routeKey: HttpRouteKey.DEFAULT,
      integration: new HttpLambdaIntegration('NotFoundIntegration', notFound),
    });
    const authorizer = new HttpJwtAuthorizer(
      'UserPoolAuthorizer',
      `https://cognito-idp.${platform.userPool.stack.region}.amazonaws.com/${platform.userPool.userPoolId}`,
      {
        jwtAudience: [platform.userPoolClient.userPoolClientId],
      },
    );

    for (const route of props.routes) {
      const area = this.area(route.tag);
      const name = route.operationId.charAt(0).toUpperCase() + route.operationId.slice(1);
      const fn = new OperationFunction(area, name, {
        entry: route.handler,
        grants: route.grants,
        platform,
        environment:
          route.grants.workflow || route.grants.describeAll
            ? {
                ENROLLMENT_STATE_MACHINE_ARN: stateMachine.stateMachineArn,
                DIRECT_BILL_STATE_MACHINE_ARN: props.machines.directBill.stateMachineArn,
              }
            : undefined,
      });
      if (route.grants.workflow?.includes('start')) stateMachine.grantStartExecution(fn);
      if (route.grants.workflow?.includes('signal')) stateMachine.grantTaskResponse(fn);
      if (route.grants.workflow?.includes('describe') || route.grants.describeAll) {
        fn.addToRolePolicy(
          new PolicyStatement({ actions: ['states:DescribeStateMachine'], resources: [stateMachine.stateMachineArn] }),
        );
      }
      if (route.grants.describeAll) {
        Validations.of(fn).acknowledge({
          id: 'AwsSolutions-IAM5[Resource::*]',
          reason: 'The health check calls ses:GetAccount, which supports no resource-level permission.',
        });
      }
      const httpRoute = new HttpRoute(area, `${name}Route`, {
        httpApi: this.httpApi,
        routeKey: HttpRouteKey.with(route.path, HttpMethod[route.method]),
        integration: new HttpLambdaIntegration(`${name}Integration`, fn),
        authorizer: route.auth === 'user' ? authorizer : undefined,
      });
      if (route.auth === 'public') {
        Validations.of(httpRoute).acknowledge({
          id: 'AwsSolutions-APIG4',
          reason: `${route.operationId} is public by design: ${publicReason[route.tag] ?? 'it serves an email link, sign-up or sign-in'}.`,
        });
      }
      this.functions.set(route.operationId, fn);
    }
    const defaultRoute = this.httpApi.node.findChild('DefaultRoute');
    Validations.of(defaultRoute).acknowledge({
      id: 'AwsSolutions-APIG4',
      reason: 'The $default route only answers 404 problem+json for unknown routes; it reads nothing.',
    });
  }

  private area(tag: string): NestedStack {
    let area = this.areas.get(tag);
    if (!area) {
      area = new NestedStack(this, `${tag}Operations`, { description: `The ${tag} operations of the partner API` });
      this.areas.set(tag, area);
    }
    return area;
  }
}
