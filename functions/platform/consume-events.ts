import middy from '@middy/core';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { reactions } from '#shared/app/reactions';
import { Breaker, deliverEvent } from '#shared/platform/effects';
import { logger } from '#shared/platform/logger';
import { observed } from '#shared/platform/observability';
import { eventOfStreamImage } from '#shared/platform/outbox';

/**
 * The outbox consumer, the fast path of durable effects: delivers the reactions of each new event from the
 * table's stream. A failed effect stays pending on its event for the sweeper, and the consumer moves on, so
 * the stream never waits on one organization's failing effect. Only a failure to reach the table itself is
 * reported for the stream to retry (the events stay pending for the sweeper either way).
 */
/** Kept across batches while the function stays warm: a failing kind of effect is skipped for 10 s. */
const breaker = new Breaker();

export const handler = middy<DynamoDBStreamEvent, DynamoDBBatchResponse>()
  .use(observed<DynamoDBStreamEvent, DynamoDBBatchResponse>())
  .handler(async (event) => {
    const batchItemFailures: DynamoDBBatchResponse['batchItemFailures'] = [];
    for (const record of event.Records) {
      if (record.eventName !== 'INSERT') continue;
      const domainEvent = eventOfStreamImage(record.dynamodb?.NewImage);
      if (!domainEvent) continue;
      const log = logger.child({
        correlationId: domainEvent.correlationId,
        eventId: domainEvent.eventId,
        eventType: domainEvent.type,
      });
      try {
        log.info('delivery', { outcome: await deliverEvent(domainEvent, reactions, breaker, log) });
      } catch (error) {
        log.error('delivery not recorded', { error });
        batchItemFailures.push({ itemIdentifier: record.dynamodb?.SequenceNumber ?? '' });
        break; // the table is unreachable: the stream retries from here
      }
    }
    return { batchItemFailures };
  });
