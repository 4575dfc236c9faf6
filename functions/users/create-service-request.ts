import { httpHandler, reply } from '#shared/http/handler';
import { createServiceRequest } from '#shared/users/routes';
import { openServiceRequest } from '#shared/users/service-requests';

/** Platform tickets (global admins) or requests on behalf of a customer (agents with a relationship with it). */
export const handler = httpHandler(createServiceRequest, async ({ body, caller, correlationId }) => {
  const record = await openServiceRequest(caller, body, correlationId);
  return reply.created(record, `/v1/service-requests/${record.serviceRequestId}`);
});
