import { describe, expect, it } from 'vitest';
import { policyInForce, seedPolicies } from '#shared/direct-bill/rules';

describe('direct-bill policy versions', () => {
  it('take effect only once published: the seeded USD 1M draft never takes over by itself', () => {
    const later = new Date('2028-01-15T00:00:00.000Z');
    expect(policyInForce(seedPolicies, later)?.version).toBe('2020-10');
    const published = seedPolicies.map((p) =>
      p.version === '2027-07' ? { ...p, publishedAt: '2027-06-01T00:00:00.000Z' } : p,
    );
    expect(policyInForce(published, later)?.version).toBe('2027-07');
    // published, but not yet effective
    expect(policyInForce(published, new Date('2027-06-30T23:59:59.000Z'))?.version).toBe('2020-10');
  });
});
