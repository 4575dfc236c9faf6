import { httpHandler, reply } from '#shared/http/handler';
import { designateIndirectProvider } from '#shared/partners/routes';
import { ConflictError, NotFoundError } from '#shared/platform/errors';
import { keys } from '#shared/platform/keys';
import { putEvent } from '#shared/platform/outbox';
import { tableName, transact } from '#shared/platform/table';
import { getOrganization, isActivePartner, setProgramItem } from '#shared/users/organizations-store';

/** An active partner becomes an indirect provider for regions, and is listed in their public directory. */
export const handler = httpHandler(designateIndirectProvider, async ({ params, body, correlationId }) => {
  const organization = await getOrganization(params.organizationId);
  if (!organization) throw new NotFoundError('No such organization.');
  if (!isActivePartner(organization))
    throw new ConflictError('Only an active partner can be designated an indirect provider.', {
      programs: organization.programs,
    });
  const base = setProgramItem(organization.organizationId, 'IndirectProvider', 'Active');
  const update = base.Update!;
  await transact(
    [
      {
        Update: {
          ...update,
          UpdateExpression: `${update.UpdateExpression}, providerRegions = :regions`,
          ExpressionAttributeValues: { ...update.ExpressionAttributeValues, ':regions': body.regions },
        },
      },
      ...body.regions.map((regionId) => ({
        Put: {
          TableName: tableName,
          Item: {
            ...keys.providerDirectory(regionId, organization.legalName, organization.organizationId),
            entity: 'ProviderDirectoryEntry',
            organizationId: organization.organizationId,
            name: organization.legalName,
            partnerId: organization.partnerId,
            country: organization.country,
            regions: body.regions,
          },
        },
      })),
      putEvent(
        'IndirectProviderDesignated',
        { regions: body.regions },
        { organizationId: organization.organizationId, correlationId },
      ),
    ],
    () => new NotFoundError('No such organization.'),
  );
  return reply.ok({ organizationId: organization.organizationId, program: 'IndirectProvider', regions: body.regions });
});
