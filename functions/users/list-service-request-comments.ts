import { httpHandler, reply } from '#shared/http/handler';
import { listServiceRequestComments } from '#shared/users/routes';
import { serviceRequestFor } from '#shared/users/service-requests';
import { listComments } from '#shared/users/service-requests-store';

export const handler = httpHandler(listServiceRequestComments, async ({ params, query, caller }) => {
  const { record } = await serviceRequestFor(caller, params.serviceRequestId);
  return reply.ok(await listComments(record.serviceRequestId, query));
});
