import { httpHandler, reply } from '#shared/http/handler';
import { linkActions } from '#shared/partners/link-actions';
import { endProviderLink } from '#shared/partners/routes';

/** Either side ends the partnership; the grants end with it. */
export const handler = httpHandler(endProviderLink, async ({ params, caller, correlationId }) =>
  reply.ok(await linkActions.end(caller, params.organizationId, correlationId)),
);
