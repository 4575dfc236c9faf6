import { httpHandler, reply } from '#shared/http/handler';
import { listServiceRequestComments } from '#shared/users/routes';
import { sideOf } from '#shared/users/service-request-access';
import { getServiceRequestRecord, listComments, noSuchServiceRequest } from '#shared/users/service-requests-store';

export const handler = httpHandler(listServiceRequestComments, async ({ params, query, caller }) => {
  const record = await getServiceRequestRecord(params.serviceRequestId);
  if (!record || !sideOf(record, caller)) throw noSuchServiceRequest();
  return reply.ok(await listComments(record.serviceRequestId, query));
});
