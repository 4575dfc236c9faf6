import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../infra/app';

/**
 * A deploy replaces a resource whose logical id changes (and a table or user pool replaced loses its data).
 * The ids of every function, table, user pool and state machine are pinned in a fixture; a re-layout of the
 * code must leave them as they are. `UPDATE_LOGICAL_IDS=1` rewrites the fixture on purpose.
 */
const fixture = path.resolve(import.meta.dirname, 'fixtures/logical-ids.json');
const pinnedTypes = [
  'AWS::Lambda::Function',
  'AWS::DynamoDB::Table',
  'AWS::Cognito::UserPool',
  'AWS::StepFunctions::StateMachine',
];

function logicalIds(): Record<string, string[]> {
  const { stack } = buildApp({
    bundle: false,
    nag: false,
    // prod: the stage whose data a replaced resource would lose (stack name aside, every stage has the same ids)
    context: {
      ...(JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../cdk.json'), 'utf8')) as { context: object })
        .context,
      stage: 'prod',
    },
  });
  const stacks = [stack, ...stack.api.areas.values()];
  const ids: Record<string, string[]> = {};
  for (const s of stacks) {
    const resources = (Template.fromStack(s).toJSON() as { Resources: Record<string, { Type: string }> }).Resources;
    for (const [id, resource] of Object.entries(resources)) {
      if (pinnedTypes.includes(resource.Type)) (ids[`${s.node.path} ${resource.Type}`] ??= []).push(id);
    }
  }
  for (const list of Object.values(ids)) list.sort();
  return ids;
}

describe('logical ids', () => {
  it('of every function, table, user pool and state machine are unchanged', () => {
    const now = logicalIds();
    if (process.env.UPDATE_LOGICAL_IDS) writeFileSync(fixture, `${JSON.stringify(now, null, 2)}\n`);
    expect(now).toEqual(JSON.parse(readFileSync(fixture, 'utf8')));
  });
});
