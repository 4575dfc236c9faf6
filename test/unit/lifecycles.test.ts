import { describe, expect, it } from 'vitest';
import { applicationLifecycle } from '#shared/direct-bill/lifecycle';
import { enrollmentLifecycle } from '#shared/enrollment/lifecycle';
import { invitationLifecycle, linkLifecycle } from '#shared/partners/lifecycle';

const lifecycles = [enrollmentLifecycle, applicationLifecycle, invitationLifecycle, linkLifecycle];

describe('transition tables', () => {
  it('name only states of their lifecycle', () => {
    for (const lifecycle of lifecycles) {
      const states = new Set<string>(lifecycle.states);
      for (const [name, transition] of Object.entries(lifecycle.transitions)) {
        const targets =
          transition.to === 'same' ? [] : typeof transition.to === 'string' ? [transition.to] : transition.to;
        for (const state of [...transition.from, ...targets])
          expect(states.has(state), `${lifecycle.name}.${name}: ${state}`).toBe(true);
      }
    }
  });

  it('let a review lead only to its decisions', () => {
    expect(enrollmentLifecycle.move('review', 'Approved')).toEqual({ from: ['UnderReview'], to: 'Approved' });
    expect(() => enrollmentLifecycle.move('review', 'Active')).toThrow(/cannot lead to Active/);
    expect(() => enrollmentLifecycle.move('review')).toThrow();
  });

  it('refuse a target that contradicts a single-target move', () => {
    expect(() => enrollmentLifecycle.move('activate', 'Rejected')).toThrow(/leads to Active/);
    expect(enrollmentLifecycle.move('remindSignature')).toEqual({ from: ['AwaitingSignature'] });
  });

  it('answer where a move may start', () => {
    expect(enrollmentLifecycle.allows('sign', 'AwaitingSignature')).toBe(true);
    expect(enrollmentLifecycle.allows('sign', 'Approved')).toBe(false);
    expect(applicationLifecycle.allows('awaitSupportPlan', 'CreditCheckFailed')).toBe(false);
    expect(linkLifecycle.allows('end', 'Ended')).toBe(false);
    expect(invitationLifecycle.allows('accept', 'Revoked')).toBe(false);
  });
});
