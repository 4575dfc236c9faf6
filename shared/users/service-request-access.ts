import type { Member } from '#shared/users/members-store';
import { isGranted } from '#shared/users/permissions';
import { type ServiceRequestMove, serviceRequestLifecycle } from '#shared/users/service-request-states';
import type { ServiceRequestRecord } from '#shared/users/service-requests-store';

export type Side = 'Partner' | 'Customer' | 'Operator';

/**
 * Which side of a service request the caller is on, or none (then the request is simply not found):
 * - the partner that opened it, with the permission of its category (it handles a customer's request, and is
 *   the requester of a platform ticket);
 * - the customer it was opened for (a request on its behalf), with `tenant:read`;
 * - a program operator, for platform tickets (the handling side).
 */
export function sideOf(
  record: Pick<ServiceRequestRecord, 'organizationId' | 'category' | 'customerId'>,
  caller: Member,
): { side: Side; handles: boolean } | undefined {
  if (record.organizationId === caller.organizationId) {
    const permission = record.category === 'Platform' ? 'support:partner' : 'support:customers';
    return isGranted(caller, permission) ? { side: 'Partner', handles: record.category === 'Customer' } : undefined;
  }
  if (record.category === 'Customer' && record.customerId === caller.organizationId && isGranted(caller, 'tenant:read'))
    return { side: 'Customer', handles: false };
  if (record.category === 'Platform' && caller.platformRole === 'ProgramOperator')
    return { side: 'Operator', handles: true };
  return undefined;
}

/** The status changes each side may make: the handling side works and resolves; the requester confirms or reopens. */
const movesOf: Record<'handles' | 'requests', readonly ServiceRequestMove[]> = {
  handles: ['start', 'askCustomer', 'resolve', 'close'],
  requests: ['reopen', 'close'],
};

/** The moves the caller may make now, from the request's status. */
export function actionsFor(status: ServiceRequestRecord['status'], handles: boolean): ServiceRequestMove[] {
  return movesOf[handles ? 'handles' : 'requests'].filter(
    (move) =>
      serviceRequestLifecycle.allows(move, status) &&
      // the handling side closes only what it resolved: the requester decides before that
      !(handles && move === 'close' && status !== 'Resolved'),
  );
}
