import middy from '@middy/core';
import { type Logger, logger } from '#shared/platform/logger';
import { observed } from '#shared/platform/observability';
import type * as z from '#shared/platform/zod';

/**
 * A Step Functions task: validates its input with zod and logs with the execution's correlation id.
 * Errors propagate, so the state's Retry and Catch decide what happens next.
 */
export function workflowTask<S extends z.ZodType, O>(
  name: string,
  schema: S,
  fn: (input: z.output<S>, log: Logger) => Promise<O>,
) {
  return middy<unknown, O>()
    .use(observed<unknown, O>())
    .handler(async (event) => {
      const input = schema.parse(event);
      const correlationId = (input as { correlationId?: string }).correlationId;
      const log = logger.child({ task: name, correlationId });
      const startedAt = Date.now();
      try {
        const output = await fn(input, log);
        log.info('task done', { durationMs: Date.now() - startedAt });
        return output;
      } catch (error) {
        log.error('task failed', { error, durationMs: Date.now() - startedAt });
        throw error;
      }
    });
}
