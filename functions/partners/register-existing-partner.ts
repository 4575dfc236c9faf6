import { httpHandler, reply } from '#shared/http/handler';
import { registerPartnerProgram } from '#shared/partners/directory-store';
import { registerExistingPartner } from '#shared/partners/operator-routes';

/** Customers of other channels and partners already in a program role are imported, not re-reviewed (seed 000, 003). */
export const handler = httpHandler(registerExistingPartner, async ({ params, body, correlationId }) => {
  await registerPartnerProgram(params.organizationId, body.program, body.partnerId, correlationId);
  return reply.ok({ organizationId: params.organizationId, program: body.program, status: 'Active' });
});
