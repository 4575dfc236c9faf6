/**
 * The stack's outputs, named once: the stack writes them, `npm run operator:create -- --stage <name>` reads
 * them (by the stack's name) to reach the deployed table and user pool.
 */
export const stackOutputs = {
  apiUrl: { name: 'ApiUrl', description: 'The API (and the base of the links in emails)' },
  tableName: { name: 'TableName', description: 'The single DynamoDB table' },
  userPoolId: { name: 'UserPoolId', description: 'The Cognito user pool of partner and customer users' },
  userPoolClientId: { name: 'UserPoolClientId', description: "The user pool's API client" },
  region: { name: 'Region', description: 'The region of the stack' },
  operationsTopicArn: { name: 'OperationsTopicArn', description: 'The SNS topic of the alarms' },
  dashboardUrl: { name: 'DashboardUrl', description: 'The CloudWatch dashboard of the stage' },
} as const;

/** The environment the shared code reads, from a deployed stack's outputs; throws naming a missing output. */
export function environmentFromOutputs(stackName: string, outputs: Record<string, string>): Record<string, string> {
  const read = (key: keyof typeof stackOutputs) => {
    const value = outputs[stackOutputs[key].name];
    if (!value)
      throw new Error(`Stack ${stackName} has no output ${stackOutputs[key].name}: is it deployed from this version?`);
    return value;
  };
  return {
    TABLE_NAME: read('tableName'),
    USER_POOL_ID: read('userPoolId'),
    USER_POOL_CLIENT_ID: read('userPoolClientId'),
    AWS_REGION: read('region'),
    PUBLIC_BASE_URL: read('apiUrl'),
  };
}
