import { recordOperatorResult } from '#shared/direct-bill/actions';
import { toApplicationView } from '#shared/direct-bill/applications-store';
import { recordAssessment } from '#shared/direct-bill/routes';
import { httpHandler, reply } from '#shared/http/handler';

/** The third-party capabilities assessment (billing, provisioning, technical support, security). */
export const handler = httpHandler(recordAssessment, async ({ params, body, correlationId }) =>
  reply.ok(toApplicationView(await recordOperatorResult(params.organizationId, 'Assessment', body, correlationId))),
);
