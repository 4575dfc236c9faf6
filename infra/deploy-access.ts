import { App, CfnOutput, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import { Effect, OpenIdConnectProvider, PolicyStatement, Role, WebIdentityPrincipal } from 'aws-cdk-lib/aws-iam';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { Construct } from 'constructs';

/**
 * What the pipeline (.github/workflows/pipeline.yml) needs in an account, once: GitHub's OIDC provider and a
 * role per GitHub environment that only that repository's jobs in that environment may assume, allowed only to
 * assume the CDK bootstrap roles (which do the deploying, as `cdk deploy` does from a laptop). Its own app:
 *
 *   npx cdk --app "npx tsx infra/deploy-access.ts" deploy -c githubRepo=<owner>/<repo> -c environments=dev,prod
 *
 * then set each environment's AWS_DEPLOY_ROLE_ARN in GitHub to the output of the same name.
 */
export class DeployAccessStack extends Stack {
  constructor(scope: Construct, id: string, props: StackProps & { githubRepo: string; environments: string[] }) {
    super(scope, id, props);
    const provider = new OpenIdConnectProvider(this, 'GitHub', {
      url: 'https://token.actions.githubusercontent.com',
      clientIds: ['sts.amazonaws.com'],
    });
    for (const environment of props.environments) {
      const role = new Role(this, `Deploy-${environment}`, {
        description: `Deploys the ${environment} stage from ${props.githubRepo}'s pipeline`,
        assumedBy: new WebIdentityPrincipal(provider.openIdConnectProviderArn, {
          StringEquals: {
            'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com',
            'token.actions.githubusercontent.com:sub': `repo:${props.githubRepo}:environment:${environment}`,
          },
        }),
      });
      role.addToPolicy(
        new PolicyStatement({
          effect: Effect.ALLOW,
          actions: ['sts:AssumeRole'],
          resources: [`arn:${this.partition}:iam::${this.account}:role/cdk-hnb659fds-*-${this.account}-*`],
        }),
      );
      Validations.of(role).acknowledge({
        id: 'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:iam::<AWS::AccountId>:role/cdk-hnb659fds-*-<AWS::AccountId>-*]',
        reason:
          'The CDK bootstrap roles (deploy, file publishing, lookup) share this name pattern, one per region; the role may assume nothing else.',
      });
      new CfnOutput(this, `AWS_DEPLOY_ROLE_ARN_${environment}`, {
        description: `Set as AWS_DEPLOY_ROLE_ARN of the GitHub environment "${environment}"`,
        value: role.roleArn,
      });
    }
  }
}

/** The app of the deploy access stack; `githubRepo` is required (owner/name). */
export function buildDeployAccessApp(context: Record<string, unknown> = {}): { app: App; stack: DeployAccessStack } {
  const app = new App({ context });
  const githubRepo = app.node.tryGetContext('githubRepo');
  if (typeof githubRepo !== 'string' || !/^[\w.-]+\/[\w.-]+$/.test(githubRepo))
    throw new Error('Give the repository whose pipeline deploys: -c githubRepo=<owner>/<repo>');
  const environments = String(app.node.tryGetContext('environments') ?? 'dev,prod')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const stack = new DeployAccessStack(app, 'CspPartnerDeployAccess', {
    githubRepo,
    environments,
    env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
  });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, stack };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    buildDeployAccessApp().app.synth();
  } catch (error) {
    process.stderr.write(`\n${(error as Error).message}\n\n`);
    process.exit(1);
  }
}
