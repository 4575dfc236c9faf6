import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { clock } from '#shared/platform/clock';
import { defineEntity } from '#shared/platform/entity';
import { db, tableName } from '#shared/platform/table';

const jobRunEntity = defineEntity({
  name: 'JobRun',
  key: { pk: 'JOB#{job}', sk: '{day}' },
  patterns: ["a scheduled job's checkpoint for one day: GetItem, Put after each page"],
});

/** Kept 90 days: long enough to answer "did today's run finish?", short enough to stay small. */
const retentionSeconds = 90 * 86_400;

/** A job's checkpoint for a day, so a run that stops resumes where it stopped and a finished one is not redone. */
export async function getJobRun<T extends Record<string, unknown>>(job: string, day: string): Promise<T | undefined> {
  const { Item } = await db.send(
    new GetCommand({ TableName: tableName, Key: jobRunEntity.key({ job, day }), ConsistentRead: true }),
  );
  return Item as T | undefined;
}

export async function saveJobRun(job: string, day: string, state: Record<string, unknown>): Promise<void> {
  await db.send(
    new PutCommand({
      TableName: tableName,
      Item: {
        ...jobRunEntity.key({ job, day }),
        entity: 'JobRun',
        ...state,
        ttl: clock.nowEpochSeconds() + retentionSeconds,
      },
    }),
  );
}
