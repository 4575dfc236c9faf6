import { requirePartnerIdFor } from '#shared/enrollment/partner-id';
import { httpHandler, reply } from '#shared/http/handler';
import { registerPartnerProgram } from '#shared/partners/directory-store';
import { registerExistingPartner } from '#shared/partners/operator-routes';
import { NotFoundError } from '#shared/platform/errors';
import { getOrganization } from '#shared/users/organizations-store';

/**
 * Customers of other channels and partners already in a program role are imported, not re-reviewed (seed 000,
 * 003); a PartnerID given passes the same rule as on every other path, and is claimed for the organization.
 */
export const handler = httpHandler(registerExistingPartner, async ({ params, body, correlationId }) => {
  const organization = await getOrganization(params.organizationId);
  if (!organization) throw new NotFoundError('No such organization.');
  const claim = body.partnerId ? await requirePartnerIdFor(organization, body.partnerId) : undefined;
  await registerPartnerProgram(params.organizationId, body.program, body.partnerId, correlationId, claim);
  return reply.ok({ organizationId: params.organizationId, program: body.program, status: 'Active' });
});
