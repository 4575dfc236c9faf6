import { httpHandler, reply, requirePermission } from '#shared/http/handler';
import { clock } from '#shared/platform/clock';
import { newId } from '#shared/platform/crypto';
import { NotFoundError, ValidationError } from '#shared/platform/errors';
import { createServiceRequest } from '#shared/users/routes';
import {
  hasCustomerRelationship,
  insertServiceRequest,
  type ServiceRequestRecord,
} from '#shared/users/service-requests-store';

/**
 * Platform tickets need support:partner (global admins); requests on behalf of a customer need
 * support:customers (admin and helpdesk agents) and a reseller relationship with that customer.
 */
export const handler = httpHandler(createServiceRequest, async ({ body, caller, correlationId }) => {
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
  return reply.created(record, `/v1/service-requests/${record.serviceRequestId}`);
});
