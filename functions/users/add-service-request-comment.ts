import { httpHandler, reply } from '#shared/http/handler';
import { addServiceRequestComment } from '#shared/users/routes';
import { commentOn } from '#shared/users/service-requests';

/** A comment from either side; the requester's answer to a request waiting on it takes it back in progress. */
export const handler = httpHandler(addServiceRequestComment, async ({ params, body, caller, correlationId }) => {
  const comment = await commentOn(caller, params.serviceRequestId, body.text, correlationId);
  return reply.created(comment, `/v1/service-requests/${params.serviceRequestId}/comments`);
});
