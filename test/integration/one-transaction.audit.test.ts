import { describe, expect, it } from 'vitest';
import { routes } from '#shared/app/routes';
import { call } from '../support/api';

/**
 * One change, one transaction, for every operation (issue 14): the local gateway notes each table write an
 * API request makes, and this file, run after every other (test/support/sequencer.ts), reads what the whole
 * suite made each operation do. An operation that answered 2xx after more than one write must be listed below
 * with the reason its extra writes cannot leave anything half-done.
 */
const extraWrites: Record<string, { writes: number; why: string }> = {};

const stateChanging = routes.filter((route) => route.method !== 'GET' && !route.path.startsWith('/v1/pages/'));

describe('one change, one transaction (the write audit of this run)', () => {
  it('every state-changing operation the suite made succeed wrote at most one transaction', async () => {
    const { operations } = (await call('GET', '/__local/writes')).body as {
      operations: Record<string, { requests: number; maxWrites: number; writes: string[] }>;
    };
    const observed = stateChanging.filter((route) => operations[route.operationId]);
    if (observed.length < 20) return; // run alone: nothing to audit
    const lines = stateChanging.map((route) => {
      const seen = operations[route.operationId];
      return `${route.operationId}: ${seen ? `${seen.requests} requests, at most ${seen.maxWrites} writes (${seen.writes.join(', ')})` : 'not exercised'}`;
    });
    console.log(lines.join('\n'));
    const offenders = observed
      .map((route) => ({ operationId: route.operationId, ...operations[route.operationId]! }))
      .filter((seen) => seen.maxWrites > (extraWrites[seen.operationId]?.writes ?? 1));
    expect(offenders).toEqual([]);
  });
});
