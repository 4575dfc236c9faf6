import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { listEnrollmentsForReview } from '#shared/enrollment/operator-routes';
import { type EnrollmentRecord, toEnrollmentView } from '#shared/enrollment/store';
import { httpHandler, reply } from '#shared/http/handler';
import { decodeCursor, encodeCursor } from '#shared/platform/cursor';
import { db, tableName } from '#shared/platform/table';

/** Access pattern: enrollments in a state, oldest first (gsi2), one Query per page. */
export const handler = httpHandler(listEnrollmentsForReview, async ({ query }) => {
  const result = await db.send(
    new QueryCommand({
      TableName: tableName,
      IndexName: 'gsi2',
      KeyConditionExpression: 'gsi2pk = :queue',
      ExpressionAttributeValues: { ':queue': `ENROLLMENTS#${query.state}` },
      Limit: query.limit,
      ExclusiveStartKey: decodeCursor(query.cursor),
    }),
  );
  return reply.ok({
    items: (result.Items ?? []).map((item) => toEnrollmentView(item as EnrollmentRecord)),
    nextCursor: encodeCursor(result.LastEvaluatedKey),
  });
});
