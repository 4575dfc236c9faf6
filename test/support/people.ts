import { randomUUID } from 'node:crypto';
import { AdminCreateUserCommand, AdminSetUserPasswordCommand, CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { call, signInToken, stack, strongPassword, table, tableName, uniqueEmail, type SignedIn } from './api';

export const operatorCredentials = { email: 'operator@csp-partner.local', password: 'Operator-Local-1!' };

let operatorToken: string | undefined;
export async function operator(): Promise<string> {
  operatorToken ??= await signInToken(operatorCredentials.email, operatorCredentials.password);
  return operatorToken;
}

const cognito = new CognitoIdentityProviderClient({ endpoint: stack.urls.cognito, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });

/**
 * A user of an organization with the given roles, written straight to cognito-local and DynamoDB Local
 * (test setup for flows that need a second user before user management is exercised itself).
 */
export async function seedMember(org: SignedIn, roles: { agentRole: string; adminRole: string }): Promise<SignedIn> {
  const userId = randomUUID();
  const email = uniqueEmail('member');
  await cognito.send(new AdminCreateUserCommand({ UserPoolId: stack.env.USER_POOL_ID, Username: userId, TemporaryPassword: 'Temporary-Pass-1!', MessageAction: 'SUPPRESS', UserAttributes: [{ Name: 'email', Value: email }] }));
  await cognito.send(new AdminSetUserPasswordCommand({ UserPoolId: stack.env.USER_POOL_ID, Username: userId, Password: strongPassword, Permanent: true }));
  await table.send(new PutCommand({ TableName: tableName, Item: { pk: `EMAIL#${email}`, sk: 'EMAIL', userId, organizationId: org.organizationId } }));
  await table.send(
    new PutCommand({
      TableName: tableName,
      Item: { pk: `USER#${userId}`, sk: 'PROFILE', entity: 'Member', userId, organizationId: org.organizationId, email, fullName: 'Second User', language: 'en', status: 'active', ...roles, createdAt: new Date().toISOString(), version: 1, gsi1pk: `ORG#${org.organizationId}#USERS`, gsi1sk: `second user#${userId}` },
    }),
  );
  return { organizationId: org.organizationId, userId, email, token: await signInToken(email, strongPassword) };
}

/** A PartnerID the directory knows, active, in `country`. */
export async function directoryPartnerId(country = 'IT', status: 'Active' | 'Inactive' = 'Active'): Promise<string> {
  const partnerId = String(Math.floor(1_000_000 + Math.random() * 8_999_999));
  const response = await call('POST', '/v1/operator/partner-directory', { token: await operator(), body: { records: [{ partnerId, organizationName: 'Directory Org', country, status }] } });
  if (response.status !== 200) throw new Error(`directory import failed: ${response.status} ${response.text}`);
  return partnerId;
}
