import { httpHandler, reply } from '#shared/http/handler';
import { ConflictError } from '#shared/platform/errors';
import { changeServiceRequestStatus } from '#shared/users/routes';
import { actionsFor, sideOf } from '#shared/users/service-request-access';
import {
  getServiceRequestRecord,
  moveServiceRequest,
  noSuchServiceRequest,
} from '#shared/users/service-requests-store';

export const handler = httpHandler(changeServiceRequestStatus, async ({ params, body, caller, correlationId }) => {
  const record = await getServiceRequestRecord(params.serviceRequestId);
  const side = record && sideOf(record, caller);
  if (!record || !side) throw noSuchServiceRequest();
  const allowed = actionsFor(record.status, side.handles);
  if (!allowed.includes(body.action)) {
    throw new ConflictError(
      `The request is ${record.status}: as the ${side.handles ? 'handling side' : 'requester'} you may ${allowed.length ? allowed.join(' or ') : 'only comment'} now.`,
      { status: record.status, yourActions: allowed },
    );
  }
  const moved = await moveServiceRequest(record, body.action, side.side, correlationId);
  return reply.ok({ ...moved, yourSide: side.side, yourActions: actionsFor(moved.status, side.handles) });
});
