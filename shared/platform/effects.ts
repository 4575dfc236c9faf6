import { DeleteCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { clock } from '#shared/platform/clock';
import { defineEntity } from '#shared/platform/entity';
import { db, isConditionFailed, tableName } from '#shared/platform/table';

const effect = defineEntity({
  name: 'Effect',
  key: { pk: 'EFFECT#{eventId}', sk: '{effect}' },
  patterns: ['the claim of one effect of one event: conditional Put, then Update or Delete'],
});

/** A claim older than this is taken to belong to a consumer that died mid-effect, and may be retaken. */
const staleClaimSeconds = 300;

/**
 * Runs one side effect of one event at most once per success: the stream consumer may see a record twice
 * (retries, replays), and a second run finds the effect done and skips it. A failed effect releases its
 * claim so the retry runs it again.
 */
export async function runOnce(eventId: string, name: string, fn: () => Promise<void>): Promise<'done' | 'skipped'> {
  const now = clock.nowEpochSeconds();
  try {
    await db.send(
      new PutCommand({
        TableName: tableName,
        Item: {
          ...effect.key({ eventId, effect: name }),
          entity: 'Effect',
          status: 'claimed',
          claimedAt: now,
          ttl: now + 30 * 24 * 3600,
        },
        ConditionExpression: 'attribute_not_exists(pk) OR (#status = :claimed AND claimedAt < :stale)',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':claimed': 'claimed', ':stale': now - staleClaimSeconds },
      }),
    );
  } catch (error) {
    if (isConditionFailed(error)) return 'skipped';
    throw error;
  }
  try {
    await fn();
  } catch (error) {
    await db.send(new DeleteCommand({ TableName: tableName, Key: effect.key({ eventId, effect: name }) }));
    throw error;
  }
  await db.send(
    new UpdateCommand({
      TableName: tableName,
      Key: effect.key({ eventId, effect: name }),
      UpdateExpression: 'SET #status = :done, doneAt = :now',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':done': 'done', ':now': clock.nowIso() },
    }),
  );
  return 'done';
}
