import { buildSync } from 'esbuild';

/**
 * The DynamoDB actions a handler's code can call: its bundle, tree-shaken as for deployment (our code only;
 * the SDK is left out), is searched for each command and each kind of transaction item. A role then holds
 * only those, so a function that never deletes or batch-writes cannot; a `read` grant keeps the reads alone.
 * Function granularity: what the bundle keeps is what the function can reach.
 */
const patterns: [RegExp, string][] = [
  [/new GetCommand\d*\(/, 'dynamodb:GetItem'],
  [/new BatchGetCommand\d*\(/, 'dynamodb:BatchGetItem'],
  [/new QueryCommand\d*\(/, 'dynamodb:Query'],
  [/new PutCommand\d*\(|\bPut: /, 'dynamodb:PutItem'],
  [/new UpdateCommand\d*\(|\bUpdate: /, 'dynamodb:UpdateItem'],
  [/new DeleteCommand\d*\(|\bDelete: /, 'dynamodb:DeleteItem'],
  [/new BatchWriteCommand\d*\(/, 'dynamodb:BatchWriteItem'],
  [/\bConditionCheck: /, 'dynamodb:ConditionCheckItem'],
];
const readActions = new Set([
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:ConditionCheckItem',
]);
const found = new Map<string, string[]>();

/** The actions reachable from the handler module `entry` (absolute), limited to reads for a `read` grant; sorted. */
export function tableActionsOf(entry: string, level: 'read' | 'readWrite'): string[] {
  let actions = found.get(entry);
  if (!actions) {
    const { outputFiles } = buildSync({
      entryPoints: [entry],
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'node',
      treeShaking: true,
      external: ['@aws-sdk/*', '@smithy/*', 'zod'],
      logLevel: 'silent',
    });
    const code = outputFiles[0]!.text;
    actions = patterns.filter(([pattern]) => pattern.test(code)).map(([, action]) => action);
    found.set(entry, actions);
  }
  return actions.filter((action) => level === 'readWrite' || readActions.has(action)).sort();
}
