import { httpHandler, reply } from '#shared/http/handler';
import { moveLinkAsOperator } from '#shared/partners/links';
import { suspendProviderLinkAsOperator } from '#shared/partners/routes';

export const handler = httpHandler(suspendProviderLinkAsOperator, async ({ params, correlationId }) =>
  reply.ok(await moveLinkAsOperator(params, 'suspend', correlationId)),
);
