// The benchmark's baseline: a bundle that holds only the DynamoDB document client, and uses it once.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';

const db = DynamoDBDocumentClient.from(new DynamoDBClient({}));
export const handler = async () =>
  db.send(new GetCommand({ TableName: process.env.TABLE_NAME ?? 't', Key: { pk: 'x', sk: 'y' } }));
