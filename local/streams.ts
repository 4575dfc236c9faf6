import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  type _Record,
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
} from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { eventStreamFilter } from '#shared/platform/table-definition';

type StreamHandler = (event: DynamoDBStreamEvent) => Promise<DynamoDBBatchResponse | undefined>;

export interface DeadLetter {
  sequenceNumber: string;
  eventName?: string;
  keys: unknown;
  attempts: number;
  failedAt: string;
}

/**
 * Hands DynamoDB Local stream records to the outbox consumer, as Lambda's event source mapping does in
 * AWS: the same filter (INSERT of event items), batches, partial batch failures retried with backoff, and a
 * dead-letter record after the last attempt.
 */
export class StreamPoller {
  readonly deadLetters: DeadLetter[] = [];
  /** Records delivered to the handler (including retries): what fault tests count. */
  delivered = 0;
  private readonly streams: DynamoDBStreamsClient;
  private readonly dynamodb: DynamoDBClient;
  private readonly iterators = new Map<string, string | undefined>();
  private readonly finishedShards = new Set<string>();
  private readonly attempts = new Map<string, number>();
  private streamArn?: string;
  private stopped = false;
  /** While paused, records wait in the stream (tests stand in for a consumer that died). */
  paused = false;
  private loop?: Promise<void>;
  private idle = true;

  constructor(
    private readonly options: {
      endpoint: string;
      region: string;
      tableName: string;
      handler: () => Promise<StreamHandler>;
      intervalMs?: number;
      maxAttempts?: number;
      log?: (m: string, f?: Record<string, unknown>) => void;
    },
  ) {
    const config = {
      endpoint: options.endpoint,
      region: options.region,
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    };
    this.streams = new DynamoDBStreamsClient(config);
    this.dynamodb = new DynamoDBClient(config);
  }

  start(): void {
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.loop;
  }

  /** True when the last poll found nothing left to deliver. */
  isIdle(): boolean {
    return this.idle;
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      if (this.paused) {
        await sleep(this.options.intervalMs ?? 100);
        continue;
      }
      let delivered = 0;
      try {
        delivered = await this.pollOnce();
      } catch (error) {
        this.options.log?.('stream poll failed', { error: (error as Error).message });
      }
      this.idle = delivered === 0;
      if (delivered === 0) await sleep(this.options.intervalMs ?? 100);
    }
  }

  private async pollOnce(): Promise<number> {
    this.streamArn ??= (
      await this.dynamodb.send(new DescribeTableCommand({ TableName: this.options.tableName }))
    ).Table?.LatestStreamArn;
    if (!this.streamArn) return 0;
    const { StreamDescription } = await this.streams.send(new DescribeStreamCommand({ StreamArn: this.streamArn }));
    let delivered = 0;
    for (const shard of StreamDescription?.Shards ?? []) {
      const shardId = shard.ShardId!;
      if (this.finishedShards.has(shardId)) continue;
      if (
        shard.ParentShardId &&
        !this.finishedShards.has(shard.ParentShardId) &&
        (StreamDescription?.Shards ?? []).some((s) => s.ShardId === shard.ParentShardId)
      )
        continue;
      if (!this.iterators.has(shardId)) {
        const { ShardIterator } = await this.streams.send(
          new GetShardIteratorCommand({
            StreamArn: this.streamArn,
            ShardId: shardId,
            ShardIteratorType: 'TRIM_HORIZON',
          }),
        );
        this.iterators.set(shardId, ShardIterator);
      }
      const iterator = this.iterators.get(shardId);
      if (!iterator) {
        this.finishedShards.add(shardId);
        continue;
      }
      const { Records = [], NextShardIterator } = await this.streams.send(
        new GetRecordsCommand({ ShardIterator: iterator, Limit: 100 }),
      );
      const matching = Records.filter(matchesFilter);
      const failedAt = matching.length ? await this.deliver(matching) : undefined;
      delivered += matching.length;
      if (failedAt === undefined) {
        this.iterators.set(shardId, NextShardIterator);
        if (!NextShardIterator) this.finishedShards.add(shardId);
      } else {
        // retry from the failed record, after a backoff
        const { ShardIterator } = await this.streams.send(
          new GetShardIteratorCommand({
            StreamArn: this.streamArn,
            ShardId: shardId,
            ShardIteratorType: 'AT_SEQUENCE_NUMBER',
            SequenceNumber: failedAt,
          }),
        );
        this.iterators.set(shardId, ShardIterator);
      }
    }
    return delivered;
  }

  /** Delivers a batch; answers the sequence number to retry from, or undefined when all went through. */
  private async deliver(records: _Record[]): Promise<string | undefined> {
    const handler = await this.options.handler();
    this.delivered += records.length;
    let response: DynamoDBBatchResponse | undefined;
    try {
      response = await handler({ Records: records.map(toLambdaRecord) } as DynamoDBStreamEvent);
    } catch {
      response = { batchItemFailures: [{ itemIdentifier: records[0]!.dynamodb!.SequenceNumber! }] };
    }
    const failed = response?.batchItemFailures?.[0]?.itemIdentifier;
    if (!failed) return undefined;
    const attempts = (this.attempts.get(failed) ?? 0) + 1;
    this.attempts.set(failed, attempts);
    if (attempts >= (this.options.maxAttempts ?? 10)) {
      const record = records.find((r) => r.dynamodb?.SequenceNumber === failed);
      this.deadLetters.push({
        sequenceNumber: failed,
        eventName: record?.eventName,
        keys: record?.dynamodb?.Keys,
        attempts,
        failedAt: new Date().toISOString(),
      });
      this.options.log?.('stream record dead-lettered', { sequenceNumber: failed, attempts });
      this.attempts.delete(failed);
      const next = records[records.findIndex((r) => r.dynamodb?.SequenceNumber === failed) + 1];
      return next?.dynamodb?.SequenceNumber;
    }
    await sleep(Math.min(10_000, 100 * 2 ** attempts));
    return failed;
  }
}

function matchesFilter(record: _Record): boolean {
  const pk = record.dynamodb?.Keys?.pk;
  return (
    record.eventName === eventStreamFilter.eventName &&
    typeof pk?.S === 'string' &&
    pk.S.startsWith(eventStreamFilter.pkPrefix)
  );
}

function toLambdaRecord(record: _Record) {
  const { ApproximateCreationDateTime, ...dynamodb } = record.dynamodb ?? {};
  return {
    ...record,
    eventSource: 'aws:dynamodb',
    dynamodb: {
      ...dynamodb,
      ApproximateCreationDateTime: ApproximateCreationDateTime
        ? ApproximateCreationDateTime.getTime() / 1000
        : undefined,
    },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
