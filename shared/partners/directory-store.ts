import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { partnerEvents } from '#shared/partners/events';
import { defineEntity } from '#shared/platform/entity';
import { NotFoundError } from '#shared/platform/errors';
import { db, type TransactItem, tableName, transact } from '#shared/platform/table';
import { type Organization, type ProgramName, setProgramItem } from '#shared/users/organizations-store';

/** The public directory of indirect providers, one partition per CSP region, sorted by name. */
const providerDirectoryEntity = defineEntity({
  name: 'ProviderDirectoryEntry',
  key: { pk: 'PROVIDERS#{regionId}', sk: '{sortName}#{organizationId}' },
  patterns: ['the providers of a region, by name: Query the partition'],
});

export interface DirectoryProvider {
  organizationId: string;
  name: string;
  partnerId?: string;
  country: string;
  regions: string[];
}

/**
 * Makes an active partner an indirect provider for regions: its program, its regions and its directory
 * entries, with the event, in one transaction.
 */
export async function designateProvider(
  organization: Organization,
  regions: string[],
  correlationId: string,
): Promise<void> {
  const update = setProgramItem(organization.organizationId, 'IndirectProvider', 'Active').Update!;
  await transact(
    [
      {
        Update: {
          ...update,
          UpdateExpression: `${update.UpdateExpression}, providerRegions = :regions`,
          ExpressionAttributeValues: { ...update.ExpressionAttributeValues, ':regions': regions },
        },
      },
      ...regions.map(
        (regionId): TransactItem => ({
          Put: {
            TableName: tableName,
            Item: {
              ...providerDirectoryEntity.key({
                regionId,
                sortName: organization.legalName.toLowerCase(),
                organizationId: organization.organizationId,
              }),
              entity: 'ProviderDirectoryEntry',
              organizationId: organization.organizationId,
              name: organization.legalName,
              partnerId: organization.partnerId,
              country: organization.country,
              regions,
            },
          },
        }),
      ),
      partnerEvents.put(
        'IndirectProviderDesignated',
        { regions },
        { organizationId: organization.organizationId, correlationId },
      ),
    ],
    () => new NotFoundError('No such organization.'),
  );
}

/** Access pattern: the providers of a region, by name (one Query on the region's partition). */
export async function searchDirectory(regionId: string, limit = 200): Promise<DirectoryProvider[]> {
  const result = await db.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': providerDirectoryEntity.partition({ regionId }) },
      Limit: limit,
    }),
  );
  return (result.Items ?? []).map(({ organizationId, name, partnerId, country, regions }) => ({
    organizationId,
    name,
    partnerId,
    country,
    regions,
  })) as DirectoryProvider[];
}

/** Records that an organization is already active in a program role (imported from another channel). */
export async function registerPartnerProgram(
  organizationId: string,
  program: ProgramName,
  partnerId: string | undefined,
  correlationId: string,
  /** The PartnerID's claim (see `requirePartnerIdFor`), written with the program. */
  claim?: TransactItem,
): Promise<void> {
  await transact(
    [
      setProgramItem(organizationId, program, 'Active', { partnerId }),
      ...(claim ? [claim] : []),
      partnerEvents.put('PartnerProgramRegistered', { program, partnerId }, { organizationId, correlationId }),
    ],
    () => new NotFoundError('No such organization.'),
  );
}
