import { defineLifecycle } from '#shared/platform/lifecycle';

export const serviceRequestStatuses = ['Open', 'InProgress', 'WaitingOnCustomer', 'Resolved', 'Closed'] as const;
export type ServiceRequestStatus = (typeof serviceRequestStatuses)[number];

/**
 * The service request's lifecycle. The side that handles it (the partner, or operators for a platform ticket)
 * works it and resolves it; the side it is for (the customer, or the partner for a platform ticket) answers,
 * confirms a resolution by closing it, or reopens it. A comment from the side it waits on takes it back in
 * progress.
 */
export const serviceRequestLifecycle = defineLifecycle({
  name: 'ServiceRequest',
  states: serviceRequestStatuses,
  transitions: {
    start: { from: ['Open'], to: 'InProgress', why: 'the handling side starts working on it' },
    askCustomer: {
      from: ['Open', 'InProgress'],
      to: 'WaitingOnCustomer',
      why: 'the handling side needs an answer from the requester',
    },
    answer: {
      from: ['WaitingOnCustomer'],
      to: 'InProgress',
      why: 'the requester commented: the request is back with the handling side',
    },
    resolve: {
      from: ['Open', 'InProgress', 'WaitingOnCustomer'],
      to: 'Resolved',
      why: 'the handling side resolved it; the requester confirms or reopens',
    },
    reopen: { from: ['Resolved'], to: 'InProgress', why: 'the resolution did not help' },
    close: {
      from: ['Open', 'InProgress', 'WaitingOnCustomer', 'Resolved'],
      to: 'Closed',
      why: 'the requester confirms (or withdraws it), or the handling side closes a resolved request',
    },
  },
});
export type ServiceRequestMove = keyof typeof serviceRequestLifecycle.transitions;
