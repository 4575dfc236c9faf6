import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CfnElement, Stack } from 'aws-cdk-lib';
import type { StateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { directBillTasks } from '#shared/direct-bill/workflow';
import { enrollmentTasks } from '#shared/enrollment/workflow';
import { buildApp } from '../infra/app';

export const localAccount = '000000000000';
export const localRegion = 'us-east-1';

export interface LocalMachine {
  /** The state machine's local name (its ARN ends with it). */
  name: string;
  /** The ASL as synthesized, with CloudFormation tokens replaced by local ARNs. */
  definition: Record<string, unknown>;
  /** Task state name -> handler module (relative to the repository root). */
  taskModules: Record<string, string>;
}

/**
 * Synthesizes the CDK app in-process (no bundling, no nag) and reads each state machine's definition from
 * the template, so the local runner executes exactly what `cdk deploy` would deploy.
 */
/** The settings of the local stage (`.test` is reserved: nothing here can reach a real domain). */
export const localStageContext = {
  removal: 'destroy',
  emailDomain: 'csp-partner.test',
  emailFrom: 'no-reply@csp-partner.test',
  emailIdentity: 'import',
  operationsEmail: 'operations@csp-partner.test',
};

export function synthesizeLocalDefinitions(): { machines: LocalMachine[]; template: Record<string, unknown> } {
  const outdir = mkdtempSync(path.join(os.tmpdir(), 'csp-synth-'));
  try {
    const { app, stack } = buildApp({
      bundle: false,
      nag: false,
      outdir,
      // the local stack reads only the state machines from the template; its own environment is in stack.ts
      context: { stage: 'local', ...localStageContext },
    });
    const template = app.synth().getStackByName(stack.stackName).template as {
      Resources: Record<string, { Properties: Record<string, unknown> }>;
    };
    const machine = (
      name: string,
      workflow: { stateMachine: StateMachine; functions: Record<string, Construct> },
      tasks: Record<string, { handler: string }>,
    ): LocalMachine => {
      const moduleByLogicalId = new Map(
        Object.entries(workflow.functions).map(([task, fn]) => [logicalId(stack, fn), tasks[task]!.handler]),
      );
      const definition = JSON.parse(
        String(resolveTokens(template.Resources[logicalId(stack, workflow.stateMachine)]!.Properties.DefinitionString)),
      ) as {
        States: Record<string, { Type: string; Parameters?: { FunctionName?: string } }>;
      };
      const taskModules: Record<string, string> = {};
      for (const [stateName, state] of Object.entries(definition.States)) {
        const functionName = state.Parameters?.FunctionName;
        if (state.Type !== 'Task' || !functionName) continue;
        const module = moduleByLogicalId.get(functionName.split(':').pop()!);
        if (!module)
          throw new Error(
            `Task state ${stateName} of ${name} invokes ${functionName}, which is not a declared workflow task`,
          );
        taskModules[stateName] = module;
      }
      return { name, definition, taskModules };
    };
    return {
      machines: [
        machine('EnrollmentTimeline', stack.workflow, enrollmentTasks),
        machine('DirectBillApplication', stack.directBill, directBillTasks),
      ],
      template,
    };
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

const logicalId = (stack: Stack, construct: Construct) => stack.getLogicalId(construct.node.defaultChild as CfnElement);

export const localFunctionArn = (logicalIdOf: string) =>
  `arn:aws:lambda:${localRegion}:${localAccount}:function:${logicalIdOf}`;
export const localStateMachineArn = (name: string) =>
  `arn:aws:states:${localRegion}:${localAccount}:stateMachine:${name}`;

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
      const [id] = record['Fn::GetAtt'] as [string, string];
      return localFunctionArn(id);
    }
    if ('Ref' in record) {
      const ref = String(record.Ref);
      return (
        {
          'AWS::Partition': 'aws',
          'AWS::Region': localRegion,
          'AWS::AccountId': localAccount,
          'AWS::URLSuffix': 'amazonaws.com',
          'AWS::StackName': 'CspPartner',
        }[ref] ?? `local-${ref}`
      );
    }
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, resolveTokens(v)]));
  }
  return value;
}
