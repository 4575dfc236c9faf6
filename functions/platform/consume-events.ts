import middy from '@middy/core';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { reactions } from '#shared/app/reactions';
import { runOnce } from '#shared/platform/effects';
import { logger } from '#shared/platform/logger';
import { eventOfStreamImage } from '#shared/platform/outbox';

/**
 * The outbox consumer: turns event items from the table's stream into their reactions. Each reaction runs
 * at most once per event (claims in the table), so a record handed over twice has one effect. A failed
 * record is reported, and the stream retries from it.
 */
export const handler = middy<DynamoDBStreamEvent, DynamoDBBatchResponse>().handler(async (event) => {
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
      for (const reaction of reactions[domainEvent.type] ?? []) {
        const outcome = await runOnce(domainEvent.eventId, reaction.name, () => reaction.run(domainEvent));
        log.info('reaction', { reaction: reaction.name, outcome });
      }
    } catch (error) {
      log.error('reaction failed', { error });
      batchItemFailures.push({ itemIdentifier: record.dynamodb?.SequenceNumber ?? '' });
      break; // keep order: the stream retries from the first failure
    }
  }
  return { batchItemFailures };
});
