import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { httpHandler, reply } from '#shared/http/handler';
import { requireLink } from '#shared/partners/links-store';
import { listSharedCustomers } from '#shared/partners/routes';
import { decodeCursor, encodeCursor } from '#shared/platform/cursor';
import { db, tableName } from '#shared/platform/table';

/**
 * Access pattern: the caller's customers whose relationship is shared with the linked organization (the
 * customer relationship items carry `sharedWith`): one Query on the caller's customers.
 */
export const handler = httpHandler(listSharedCustomers, async ({ params, query, caller }) => {
  await requireLink(caller.organizationId, params.organizationId);
  const result = await db.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      FilterExpression: 'sharedWith = :other',
      ExpressionAttributeValues: {
        ':pk': `ORG#${caller.organizationId}`,
        ':prefix': 'CUSTOMER#',
        ':other': params.organizationId,
      },
      Limit: query.limit,
      ExclusiveStartKey: decodeCursor(query.cursor),
    }),
  );
  const items = (result.Items ?? []).map(({ customerId, customerName, domain, country, state, roles }) => ({
    customerId,
    customerName,
    domain,
    country,
    state,
    roles,
  }));
  return reply.ok({ items, nextCursor: encodeCursor(result.LastEvaluatedKey) });
});
