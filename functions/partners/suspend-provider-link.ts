import { httpHandler, reply } from '#shared/http/handler';
import { linkActions } from '#shared/partners/link-actions';
import { suspendProviderLink } from '#shared/partners/routes';

export const handler = httpHandler(suspendProviderLink, async ({ params, caller, correlationId }) =>
  reply.ok(await linkActions.suspend(caller, params.resellerId, correlationId)),
);
