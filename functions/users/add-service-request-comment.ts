import { httpHandler, reply } from '#shared/http/handler';
import { newId } from '#shared/platform/crypto';
import { ConflictError } from '#shared/platform/errors';
import { addServiceRequestComment } from '#shared/users/routes';
import { sideOf } from '#shared/users/service-request-access';
import { addComment, getServiceRequestRecord, noSuchServiceRequest } from '#shared/users/service-requests-store';

/** A comment from either side; the requester's answer to a request waiting on it takes it back in progress. */
export const handler = httpHandler(addServiceRequestComment, async ({ params, body, caller, correlationId }) => {
  const record = await getServiceRequestRecord(params.serviceRequestId);
  const side = record && sideOf(record, caller);
  if (!record || !side) throw noSuchServiceRequest();
  if (record.status === 'Closed')
    throw new ConflictError('The service request is closed: open a new one.', { status: record.status });
  const answers = !side.handles && record.status === 'WaitingOnCustomer';
  const comment = await addComment(
    record,
    { commentId: newId(), side: side.side, authorId: caller.userId, authorName: caller.fullName, text: body.text },
    answers ? 'answer' : undefined,
    correlationId,
  );
  return reply.created(comment, `/v1/service-requests/${record.serviceRequestId}/comments`);
});
