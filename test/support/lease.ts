import { afterAll, beforeAll, inject } from 'vitest';

/**
 * Each integration file holds a lease on its worker's stack while it runs, so the write audit, last in the
 * run, can wait until no other file is still using any stack before it reads what they did.
 */
const stacks = inject('stacks');
const api = stacks[(Number(process.env.VITEST_POOL_ID ?? 1) - 1) % stacks.length]!.urls.api;
beforeAll(async () => {
  await fetch(`${api}/__local/leases`, { method: 'POST' });
});
afterAll(async () => {
  await fetch(`${api}/__local/leases`, { method: 'DELETE' });
});
