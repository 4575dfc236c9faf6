import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CfnElement } from 'aws-cdk-lib';
import { buildApp } from '../infra/app';
import { enrollmentTasks } from '../shared/workflow/enrollment';

export const localAccount = '000000000000';
export const localRegion = 'us-east-1';

export interface LocalDefinitions {
  /** The enrollment state machine's ASL, as synthesized, with CloudFormation tokens replaced by local ARNs. */
  enrollmentDefinition: Record<string, unknown>;
  /** Task state name -> handler module (relative to the repository root). */
  enrollmentTaskModules: Record<string, string>;
  template: Record<string, unknown>;
}

/**
 * Synthesizes the CDK app in-process (no bundling, no nag) and reads the state machine definition from the
 * template, so the local runner executes exactly what `cdk deploy` would deploy.
 */
export function synthesizeLocalDefinitions(): LocalDefinitions {
  const outdir = mkdtempSync(path.join(os.tmpdir(), 'csp-synth-'));
  try {
    const { app, stack } = buildApp({
      bundle: false,
      nag: false,
      outdir,
      context: { publicBaseUrl: 'http://127.0.0.1', emailDomain: 'example.com', emailFrom: 'no-reply@example.com', operationsEmail: 'operations@example.com' },
    });
    const template = app.synth().getStackByName(stack.stackName).template as { Resources: Record<string, { Type: string; Properties: Record<string, unknown> }> };
    const moduleByLogicalId = new Map(
      Object.entries(stack.workflow.functions).map(([name, fn]) => [stack.getLogicalId(fn.node.defaultChild as CfnElement), enrollmentTasks[name as keyof typeof enrollmentTasks].handler]),
    );
    const machineId = stack.getLogicalId(stack.workflow.stateMachine.node.defaultChild as CfnElement);
    const definitionString = resolveTokens(template.Resources[machineId]!.Properties.DefinitionString);
    const definition = JSON.parse(String(definitionString)) as { States: Record<string, { Type: string; Parameters?: { FunctionName?: string } }> };
    const enrollmentTaskModules: Record<string, string> = {};
    for (const [stateName, state] of Object.entries(definition.States)) {
      const functionName = state.Parameters?.FunctionName;
      if (state.Type !== 'Task' || !functionName) continue;
      const module = moduleByLogicalId.get(functionName.split(':').pop()!);
      if (!module) throw new Error(`Task state ${stateName} invokes ${functionName}, which is not a declared workflow task`);
      enrollmentTaskModules[stateName] = module;
    }
    return { enrollmentDefinition: definition, enrollmentTaskModules, template };
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

export const localFunctionArn = (logicalId: string) => `arn:aws:lambda:${localRegion}:${localAccount}:function:${logicalId}`;

/** Replaces the CloudFormation intrinsics CDK puts in a definition with local values. */
export function resolveTokens(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(resolveTokens);
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if ('Fn::Join' in record) {
      const [separator, parts] = record['Fn::Join'] as [string, unknown[]];
      return parts.map((part) => String(resolveTokens(part))).join(separator);
    }
    if ('Fn::GetAtt' in record) {
      const [logicalId] = record['Fn::GetAtt'] as [string, string];
      return localFunctionArn(logicalId);
    }
    if ('Ref' in record) {
      const ref = String(record.Ref);
      return { 'AWS::Partition': 'aws', 'AWS::Region': localRegion, 'AWS::AccountId': localAccount, 'AWS::URLSuffix': 'amazonaws.com' }[ref] ?? `local-${ref}`;
    }
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, resolveTokens(v)]));
  }
  return value;
}
