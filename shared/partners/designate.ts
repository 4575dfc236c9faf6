import { designateProvider } from '#shared/partners/directory-store';
import { ConflictError, NotFoundError } from '#shared/platform/errors';
import { getOrganization, isActivePartner } from '#shared/users/organizations-store';

/** An active partner becomes an indirect provider for regions, and is listed in their public directory. */
export async function designate(organizationId: string, regions: string[], correlationId: string) {
  const organization = await getOrganization(organizationId);
  if (!organization) throw new NotFoundError('No such organization.');
  if (!isActivePartner(organization))
    throw new ConflictError('Only an active partner can be designated an indirect provider.', {
      programs: organization.programs,
    });
  await designateProvider(organization, regions, correlationId);
  return { organization, regions };
}
