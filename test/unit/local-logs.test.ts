import { describe, expect, it } from 'vitest';
import { logger } from '#shared/platform/logger';
import { count } from '#shared/platform/observability';
import { scheduledJob } from '#shared/platform/scheduled-job';
import { invocable } from '../../local/invoke';
import { localMetrics, readableLine, recordMetricLine } from '../../local/log-view';

/** What the handlers print while `run` runs (Powertools writes through process.stdout). */
async function printed(run: () => Promise<unknown>): Promise<Record<string, any>[]> {
  const lines: string[] = [];
  const write = process.stdout.write;
  process.stdout.write = ((chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  }) as typeof process.stdout.write;
  try {
    await run();
  } finally {
    process.stdout.write = write;
  }
  return lines.flatMap((chunk) => chunk.trim().split('\n')).map((line) => JSON.parse(line) as Record<string, any>);
}

const pause = () => new Promise((resolve) => setTimeout(resolve, Math.random() * 20));

describe('the functions’ logs and metrics, as npm start runs them', () => {
  it('carry each invocation’s own request id, even for invocations handled side by side in one process', async () => {
    const handler = invocable(
      'functions/demo/handle-step.ts',
      // a scheduled job's handler: observed() first, as every handler
      scheduledJob('demo', async ({ n }: { n: number }) => {
        const log = logger.child({ correlationId: `corr-${n}` });
        log.info('first', { n });
        await pause();
        count('DemoSteps');
        log.info('second', { n });
        return n;
      }) as unknown as (event: unknown) => Promise<unknown>,
    );
    const lines = await printed(() => Promise.all([1, 2, 3, 4, 5].map((n) => handler({ n }))));
    const logs = lines.filter((line) => line.message === 'first' || line.message === 'second');
    expect(logs).toHaveLength(10);
    const requestIdOf = new Map<number, Set<string>>();
    for (const line of logs) {
      expect(line.function_name).toBe('handle-step');
      expect(line.correlationId).toBe(`corr-${line.n}`);
      if (!requestIdOf.has(line.n)) requestIdOf.set(line.n, new Set());
      requestIdOf.get(line.n)!.add(line.function_request_id);
    }
    // one request id per invocation, five different ones
    for (const ids of requestIdOf.values()) expect(ids.size).toBe(1);
    expect(new Set([...requestIdOf.values()].flatMap((ids) => [...ids])).size).toBe(5);
    // each invocation published its own metric line, with its own count
    const metricLines = lines.filter((line) => line._aws);
    expect(metricLines).toHaveLength(5);
    for (const line of metricLines) expect(line.DemoSteps).toBe(1);
  });

  it('are shown as one readable line: time, level, function, request id, correlation id, message, fields', () => {
    const error = new Error('table unreachable');
    const line = readableLine(
      {
        level: 'WARN',
        message: 'effect failed; it stays pending',
        timestamp: '2026-11-22T10:11:12.345Z',
        service: 'csp-partner',
        cold_start: true,
        function_name: 'consume-events',
        function_request_id: '3ec89e70-1111-2222-3333-444455556666',
        correlationId: 'c5ead147-e786-433b',
        reaction: 'email-invitation',
        error: { name: error.name, message: error.message, stack: error.stack },
      },
      false,
    );
    const [head, ...stack] = line.split('\n');
    expect(head).toBe(
      '10:11:12.345 WARN  consume-events (cold) req=3ec89e70 corr=c5ead147-e78 effect failed; it stays pending reaction=email-invitation error="Error: table unreachable"',
    );
    expect(stack[0]).toMatch(/^ {4}at /);
  });

  it('count embedded-metric lines by name, as CloudWatch would', () => {
    const before = localMetrics.get('EmailsSent') ?? 0;
    const emf = {
      _aws: {
        Timestamp: 0,
        CloudWatchMetrics: [{ Namespace: 'CspPartner', Dimensions: [['service']], Metrics: [{ Name: 'EmailsSent' }] }],
      },
      service: 'csp-partner',
      EmailsSent: [1, 1],
    };
    expect(recordMetricLine(emf)).toEqual([['EmailsSent', 2]]);
    expect(localMetrics.get('EmailsSent')).toBe(before + 2);
    expect(recordMetricLine({ level: 'INFO', message: 'not a metric' })).toBeUndefined();
  });
});
