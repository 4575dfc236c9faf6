import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = path.resolve(import.meta.dirname, '../..');
const file = path.join(root, '.github/workflows/pipeline.yml');

interface Job {
  if?: string;
  needs?: string[];
  environment?: string;
  permissions?: Record<string, string>;
  steps: { run?: string; uses?: string; with?: Record<string, string> }[];
}
const workflow = parse(readFileSync(file, 'utf8')) as { on: Record<string, unknown>; jobs: Record<string, Job> };
const runs = (job: Job) => job.steps.flatMap((step) => (step.run ? [step.run] : []));

describe('the deploy pipeline (.github/workflows/pipeline.yml)', () => {
  it('is a valid GitHub Actions workflow (action-validator, against the workflow schema, offline)', () => {
    const bin = path.join(root, 'node_modules/.bin/action-validator');
    const result = spawnSync(bin, [file], { encoding: 'utf8' });
    expect(result.stderr + result.stdout).toBe('');
    expect(result.status).toBe(0);
  });

  it('tests with the README command and synthesizes both stages with cdk-nag on every push and pull request', () => {
    expect(Object.keys(workflow.on)).toEqual(['push', 'pull_request']);
    expect(runs(workflow.jobs.test!)).toContain('npm test');
    expect(runs(workflow.jobs.synth!)).toEqual(
      expect.arrayContaining(['npm run synth -- -c stage=dev', 'npm run synth -- -c stage=prod']),
    );
  });

  it('diffs pull requests against dev, deploys dev from main, and promotes to prod only after dev, behind its environment', () => {
    const { diff, 'deploy-dev': dev, 'deploy-prod': prod } = workflow.jobs;
    expect(diff!.if).toContain('pull_request');
    expect(runs(diff!)).toContain('npx cdk diff -c stage=dev');
    expect(dev!.if).toContain('refs/heads/main');
    expect(dev!.needs).toEqual(['test', 'synth']);
    expect(runs(dev!).some((run) => run.startsWith('npx cdk deploy -c stage=dev'))).toBe(true);
    expect(prod!.needs).toEqual(['deploy-dev']);
    expect(prod!.environment).toBe('prod');
    expect(runs(prod!).some((run) => run.startsWith('npx cdk deploy -c stage=prod'))).toBe(true);
  });

  it('reaches AWS only through an OIDC role, with no stored keys', () => {
    for (const name of ['diff', 'deploy-dev', 'deploy-prod']) {
      const job = workflow.jobs[name]!;
      expect(job.permissions?.['id-token'], name).toBe('write');
      const credentials = job.steps.find((step) => step.uses?.startsWith('aws-actions/configure-aws-credentials'));
      expect(credentials?.with?.['role-to-assume'], name).toBe('${{ vars.AWS_DEPLOY_ROLE_ARN }}');
    }
    expect(readFileSync(file, 'utf8')).not.toMatch(/aws-access-key-id|AWS_SECRET_ACCESS_KEY/i);
  });
});
