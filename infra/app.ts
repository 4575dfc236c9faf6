import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { parseCorsOrigins } from '#shared/http/cors';
import { PartnerStack } from './stack';

/**
 * Builds the CDK app. `bundle: false` skips esbuild (template tests and the local stack only read the
 * template); `cdk synth` and `cdk deploy` bundle every function.
 */
export function buildApp(
  options: { bundle?: boolean; nag?: boolean; outdir?: string; context?: Record<string, string> } = {},
): { app: App; stack: PartnerStack } {
  const app = new App({
    outdir: options.outdir,
    context: { ...options.context, ...(options.bundle === false ? { 'aws:cdk:bundling-stacks': [] } : {}) },
  });
  const context = (name: string) => {
    const value = app.node.tryGetContext(name);
    if (typeof value !== 'string' || value.length === 0)
      throw new Error(`Missing CDK context "${name}" (cdk.json or -c ${name}=...)`);
    return value;
  };
  const stack = new PartnerStack(app, app.node.tryGetContext('stackName') ?? 'CspPartner', {
    publicBaseUrl: context('publicBaseUrl'),
    emailDomain: context('emailDomain'),
    emailFrom: context('emailFrom'),
    operationsEmail: context('operationsEmail'),
    // optional: browser origins allowed to call the API (comma-separated), e.g. a distributor's portal
    corsOrigins: parseCorsOrigins(app.node.tryGetContext('corsOrigins')),
    // optional: days the audit history is kept (default: for good, beyond Partner Center's 90 days)
    eventRetentionDays: retentionDays(app.node.tryGetContext('eventRetentionDays')),
    env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
  });
  if (options.nag !== false) Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, stack };
}

function retentionDays(value: unknown): number | undefined {
  if (value === undefined || value === '') return undefined;
  const days = Number(value);
  if (!Number.isInteger(days) || days < 1 || days > 36500)
    throw new Error(`eventRetentionDays must be a whole number of days (1 to 36500), not "${String(value)}"`);
  return days;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  buildApp().app.synth();
}
