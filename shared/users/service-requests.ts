import { requirePermission } from '#shared/http/handler';
import { clock } from '#shared/platform/clock';
import { newId } from '#shared/platform/crypto';
import { ConflictError, NotFoundError, ValidationError } from '#shared/platform/errors';
import type * as z from '#shared/platform/zod';
import type { Member } from '#shared/users/members-store';
import type { CreateServiceRequest } from '#shared/users/schemas';
import { actionsFor, sideOf } from '#shared/users/service-request-access';
import type { ServiceRequestMove } from '#shared/users/service-request-states';
import {
  addComment,
  getServiceRequestRecord,
  hasCustomerRelationship,
  insertServiceRequest,
  moveServiceRequest,
  noSuchServiceRequest,
  type ServiceRequestRecord,
} from '#shared/users/service-requests-store';

/** The service-request actions of either side, the same from the API and from the console. */

/**
 * Platform tickets need support:partner (global admins); requests on behalf of a customer need
 * support:customers (admin and helpdesk agents) and a reseller relationship with that customer.
 */
export async function openServiceRequest(
  caller: Member,
  body: z.output<typeof CreateServiceRequest>,
  correlationId: string,
): Promise<ServiceRequestRecord> {
  if (body.category === 'Platform') requirePermission(caller, 'support:partner');
  else {
    requirePermission(caller, 'support:customers');
    if (!body.customerId)
      throw new ValidationError([
        { in: 'body', field: 'customerId', message: 'is required for a request on behalf of a customer' },
      ]);
    if (!(await hasCustomerRelationship(caller.organizationId, body.customerId))) {
      throw new NotFoundError('You have no reseller relationship with this customer.');
    }
  }
  const record: ServiceRequestRecord = {
    serviceRequestId: newId(),
    organizationId: caller.organizationId,
    category: body.category,
    customerId: body.category === 'Customer' ? body.customerId : undefined,
    title: body.title,
    description: body.description,
    severity: body.severity,
    status: 'Open',
    createdBy: caller.userId,
    createdAt: clock.nowIso(),
  };
  await insertServiceRequest(record, correlationId);
  return record;
}

/** A request as the caller's side sees it, with the moves it may make now; another's is simply not found. */
export async function serviceRequestFor(caller: Member, serviceRequestId: string) {
  const record = await getServiceRequestRecord(serviceRequestId);
  const side = record && sideOf(record, caller);
  if (!record || !side) throw noSuchServiceRequest();
  return { record, side, yourActions: actionsFor(record.status, side.handles) };
}

/** A comment from either side; the requester's answer to a request waiting on it takes it back in progress. */
export async function commentOn(caller: Member, serviceRequestId: string, text: string, correlationId: string) {
  const { record, side } = await serviceRequestFor(caller, serviceRequestId);
  if (record.status === 'Closed')
    throw new ConflictError('The service request is closed: open a new one.', { status: record.status });
  const answers = !side.handles && record.status === 'WaitingOnCustomer';
  return addComment(
    record,
    { commentId: newId(), side: side.side, authorId: caller.userId, authorName: caller.fullName, text },
    answers ? 'answer' : undefined,
    correlationId,
  );
}

/** A status change the caller's side may make now (the handling side works and resolves; the requester reopens). */
export async function moveRequest(
  caller: Member,
  serviceRequestId: string,
  action: ServiceRequestMove,
  correlationId: string,
) {
  const { record, side, yourActions } = await serviceRequestFor(caller, serviceRequestId);
  if (!yourActions.includes(action)) {
    throw new ConflictError(
      `The request is ${record.status}: as the ${side.handles ? 'handling side' : 'requester'} you may ${yourActions.length ? yourActions.join(' or ') : 'only comment'} now.`,
      { status: record.status, yourActions },
    );
  }
  const moved = await moveServiceRequest(record, action, side.side, correlationId);
  return { ...moved, yourSide: side.side, yourActions: actionsFor(moved.status, side.handles) };
}
