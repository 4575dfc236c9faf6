import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { PartnerStack } from './stack';
import { readStage, StageConfigError } from './stage';

/**
 * Builds the CDK app for one stage (`-c stage=<name>`, infra/stage.ts). `bundle: false` skips esbuild
 * (template tests and the local stack only read the template); `cdk synth` and `cdk deploy` bundle every
 * function.
 */
export function buildApp(
  options: { bundle?: boolean; nag?: boolean; outdir?: string; context?: Record<string, unknown> } = {},
): { app: App; stack: PartnerStack } {
  const app = new App({
    outdir: options.outdir,
    context: { ...options.context, ...(options.bundle === false ? { 'aws:cdk:bundling-stacks': [] } : {}) },
  });
  const stage = readStage(app);
  const stack = new PartnerStack(app, stage.stackName, {
    stage,
    description: `CSP partner program backend, stage ${stage.stage}`,
    env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
  });
  if (options.nag !== false) Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, stack };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    buildApp().app.synth();
  } catch (error) {
    if (!(error instanceof StageConfigError)) throw error;
    // a configuration mistake is a message, not a stack trace
    process.stderr.write(`\n${error.message}\n\n`);
    process.exit(1);
  }
}
