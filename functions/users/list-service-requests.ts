import { httpHandler, reply } from '#shared/http/handler';
import { isGranted } from '#shared/users/permissions';
import { listServiceRequests } from '#shared/users/routes';
import { listServiceRequestRecords, type ServiceRequestRecord } from '#shared/users/service-requests-store';

/** Each caller sees the categories its roles cover: platform tickets (global admins), customer requests (agents). */
export const handler = httpHandler(listServiceRequests, async ({ query, caller }) => {
  const categories: ServiceRequestRecord['category'][] = [];
  if (isGranted(caller, 'support:partner')) categories.push('Platform');
  if (isGranted(caller, 'support:customers')) categories.push('Customer');
  return reply.ok(await listServiceRequestRecords(caller.organizationId, { ...query, categories }));
});
