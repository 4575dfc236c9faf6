import { httpHandler, reply } from '#shared/http/handler';
import { designate } from '#shared/partners/designate';
import { designateIndirectProvider } from '#shared/partners/routes';

/** An active partner becomes an indirect provider for regions, and is listed in their public directory. */
export const handler = httpHandler(designateIndirectProvider, async ({ params, body, correlationId }) => {
  await designate(params.organizationId, body.regions, correlationId);
  return reply.ok({ organizationId: params.organizationId, program: 'IndirectProvider', regions: body.regions });
});
