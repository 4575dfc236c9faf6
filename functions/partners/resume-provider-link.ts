import { httpHandler, reply } from '#shared/http/handler';
import { linkActions } from '#shared/partners/link-actions';
import { resumeProviderLink } from '#shared/partners/routes';

/** A provider lifts only its own suspension; an operator's stays until an operator lifts it. */
export const handler = httpHandler(resumeProviderLink, async ({ params, caller, correlationId }) =>
  reply.ok(await linkActions.resume(caller, params.resellerId, correlationId)),
);
