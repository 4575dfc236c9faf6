import { httpHandler, reply } from '#shared/http/handler';
import { getServiceRequest } from '#shared/users/routes';
import { serviceRequestFor } from '#shared/users/service-requests';

export const handler = httpHandler(getServiceRequest, async ({ params, caller }) => {
  const { record, side, yourActions } = await serviceRequestFor(caller, params.serviceRequestId);
  return reply.ok({ ...record, yourSide: side.side, yourActions });
});
