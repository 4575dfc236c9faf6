import { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { buildDeployAccessApp } from '../../infra/deploy-access';

describe('the pipeline’s deploy access (infra/deploy-access.ts)', () => {
  const { stack } = buildDeployAccessApp({ githubRepo: 'acme/csp-partner-backend' });
  const template = Template.fromStack(stack);
  const roles = Object.values(template.findResources('AWS::IAM::Role')).filter((role) =>
    JSON.stringify(role).includes('token.actions.githubusercontent.com'),
  );

  it('trusts GitHub’s OIDC provider, for one repository’s jobs in one environment per role', () => {
    template.hasResourceProperties('Custom::AWSCDKOpenIdConnectProvider', {
      Url: 'https://token.actions.githubusercontent.com',
      ClientIDList: ['sts.amazonaws.com'],
    });
    expect(roles).toHaveLength(2);
    const subjects = roles.map(
      (role) =>
        (role as any).Properties.AssumeRolePolicyDocument.Statement[0].Condition.StringEquals[
          'token.actions.githubusercontent.com:sub'
        ],
    );
    expect(subjects.sort()).toEqual([
      'repo:acme/csp-partner-backend:environment:dev',
      'repo:acme/csp-partner-backend:environment:prod',
    ]);
  });

  it('lets each role assume the CDK bootstrap roles and nothing else, and outputs its ARN for GitHub', () => {
    const policies = Object.values(template.findResources('AWS::IAM::Policy'))
      .map((policy) => (policy as any).Properties)
      .filter((policy) => JSON.stringify(policy.Roles).includes('Deploy'));
    expect(policies).toHaveLength(2);
    for (const policy of policies) {
      const [statement, ...others] = policy.PolicyDocument.Statement;
      expect(others).toEqual([]);
      expect(statement.Action).toBe('sts:AssumeRole');
      expect(JSON.stringify(statement.Resource)).toContain(':role/cdk-hnb659fds-*-');
    }
    expect(Object.keys(template.toJSON().Outputs).sort()).toEqual([
      expect.stringMatching(/^AWSDEPLOYROLEARNdev/),
      expect.stringMatching(/^AWSDEPLOYROLEARNprod/),
    ]);
  });

  it('passes cdk-nag AwsSolutions (synthesis fails on any unacknowledged finding)', () => {
    const { app } = buildDeployAccessApp({ githubRepo: 'acme/csp-partner-backend' });
    expect(() => app.synth()).not.toThrow();
  });

  it('refuses to synthesize without the repository', () => {
    expect(() => buildDeployAccessApp()).toThrow('-c githubRepo=<owner>/<repo>');
  });
});
