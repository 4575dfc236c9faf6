import { httpHandler, reply } from '#shared/http/handler';
import { designateProvider } from '#shared/partners/directory-store';
import { designateIndirectProvider } from '#shared/partners/routes';
import { ConflictError, NotFoundError } from '#shared/platform/errors';
import { getOrganization, isActivePartner } from '#shared/users/organizations-store';

/** An active partner becomes an indirect provider for regions, and is listed in their public directory. */
export const handler = httpHandler(designateIndirectProvider, async ({ params, body, correlationId }) => {
  const organization = await getOrganization(params.organizationId);
  if (!organization) throw new NotFoundError('No such organization.');
  if (!isActivePartner(organization))
    throw new ConflictError('Only an active partner can be designated an indirect provider.', {
      programs: organization.programs,
    });
  await designateProvider(organization, body.regions, correlationId);
  return reply.ok({ organizationId: organization.organizationId, program: 'IndirectProvider', regions: body.regions });
});
