import { httpHandler, reply } from '#shared/http/handler';
import { getServiceRequest } from '#shared/users/routes';
import { actionsFor, sideOf } from '#shared/users/service-request-access';
import { getServiceRequestRecord, noSuchServiceRequest } from '#shared/users/service-requests-store';

export const handler = httpHandler(getServiceRequest, async ({ params, caller }) => {
  const record = await getServiceRequestRecord(params.serviceRequestId);
  const side = record && sideOf(record, caller);
  if (!record || !side) throw noSuchServiceRequest();
  return reply.ok({ ...record, yourSide: side.side, yourActions: actionsFor(record.status, side.handles) });
});
