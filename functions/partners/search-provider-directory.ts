import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { httpHandler, reply } from '#shared/http/handler';
import { regionOf } from '#shared/partners/regions';
import { searchProviderDirectory } from '#shared/partners/routes';
import { ValidationError } from '#shared/platform/errors';
import { db, tableName } from '#shared/platform/table';

/** Access pattern: the providers of a region, by name (one Query on `PROVIDERS#<region>`). */
export const handler = httpHandler(searchProviderDirectory, async ({ query }) => {
  const regionId = query.region ?? regionOf(query.country!)?.regionId;
  if (!regionId)
    throw new ValidationError([{ in: 'query', field: 'country', message: 'is not a market of any CSP region' }]);
  const result = await db.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': `PROVIDERS#${regionId}` },
      Limit: 200,
    }),
  );
  const providers = (result.Items ?? []).map(({ organizationId, name, partnerId, country, regions }) => ({
    organizationId,
    name,
    partnerId,
    country,
    regions,
  }));
  return reply.ok({ region: regionId, providers });
});
