import { invitationStates } from '#shared/partners/invitation-rules';
import { defineLifecycle } from '#shared/platform/lifecycle';

/**
 * The invitation's transition table. `Expired` is never written: a pending invitation past its expiry is
 * expired by its date (`effectiveState`), and every move below is also conditional on not being past it.
 */
export const invitationLifecycle = defineLifecycle({
  name: 'Invitation',
  states: invitationStates,
  transitions: {
    accept: { from: ['Pending'], to: 'Accepted', why: "the invited organization's global admin accepts" },
    decline: { from: ['Pending'], to: 'Declined', why: 'the invited organization declines' },
    revoke: { from: ['Pending'], to: 'Revoked', why: 'the sender revokes it' },
    resend: { from: ['Pending'], to: 'same', why: 'the sender resends it (capped), with a new link' },
  },
});

export type InvitationMove = keyof typeof invitationLifecycle.transitions;

export const linkStates = ['Active', 'Suspended', 'Ended'] as const;

/** The provider-reseller link's transition table (both stored views change together). */
export const linkLifecycle = defineLifecycle({
  name: 'Provider link',
  states: linkStates,
  transitions: {
    suspend: { from: ['Active'], to: 'Suspended', why: 'the provider (or an operator) suspends it' },
    resume: {
      from: ['Suspended'],
      to: 'Active',
      why: 'whoever suspended it resumes it (a provider cannot lift an operator suspension)',
    },
    removeAdminAccess: {
      from: ['Active', 'Suspended'],
      to: 'same',
      why: "the reseller removes the provider's admin access and keeps the link",
    },
    end: {
      from: ['Active', 'Suspended'],
      to: 'Ended',
      why: 'either side ends it; a new invitation may link them again',
    },
  },
});

export type LinkMove = keyof typeof linkLifecycle.transitions;
