import { httpHandler, reply } from '#shared/http/handler';
import { changeServiceRequestStatus } from '#shared/users/routes';
import { moveRequest } from '#shared/users/service-requests';

export const handler = httpHandler(changeServiceRequestStatus, async ({ params, body, caller, correlationId }) =>
  reply.ok(await moveRequest(caller, params.serviceRequestId, body.action, correlationId)),
);
