import { httpHandler, reply } from '#shared/http/handler';
import { moveLinkAsOperator } from '#shared/partners/links';
import { resumeProviderLinkAsOperator } from '#shared/partners/routes';

export const handler = httpHandler(resumeProviderLinkAsOperator, async ({ params, correlationId }) =>
  reply.ok(await moveLinkAsOperator(params, 'resume', correlationId)),
);
