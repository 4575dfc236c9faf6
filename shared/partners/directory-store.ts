import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { registeredProfileItem } from '#shared/direct-bill/store';
import { partnerEvents } from '#shared/partners/events';
import { clock } from '#shared/platform/clock';
import { decodeCursor, encodeCursor } from '#shared/platform/cursor';
import { defineEntity } from '#shared/platform/entity';
import { ConflictError, NotFoundError } from '#shared/platform/errors';
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
 * entries, with the event, in one transaction. A re-designation replaces the regions: entries of regions no
 * longer designated are deleted in the same transaction, so the directory never lists it where it does not serve.
 */
export async function designateProvider(
  organization: Organization,
  regions: string[],
  correlationId: string,
): Promise<void> {
  const update = setProgramItem(organization.organizationId, 'IndirectProvider', 'Active').Update!;
  const sortName = organization.legalName.toLowerCase();
  const previous = organization.providerRegions ?? [];
  const previousSortName = organization.providerSortName ?? sortName;
  const entryKey = (regionId: string, name: string) =>
    providerDirectoryEntity.key({ regionId, sortName: name, organizationId: organization.organizationId });
  await transact(
    [
      {
        Update: {
          ...update,
          UpdateExpression: `${update.UpdateExpression}, providerRegions = :regions, providerSortName = :sortName`,
          ConditionExpression: `${update.ConditionExpression} AND version = :seen`,
          ExpressionAttributeValues: {
            ...update.ExpressionAttributeValues,
            ':regions': regions,
            ':sortName': sortName,
            ':seen': organization.version,
          },
        },
      },
      // entries that no longer hold: regions dropped, or the name the entries were sorted by changed
      ...previous
        .filter((regionId) => !regions.includes(regionId) || previousSortName !== sortName)
        .map(
          (regionId): TransactItem => ({ Delete: { TableName: tableName, Key: entryKey(regionId, previousSortName) } }),
        ),
      ...regions.map(
        (regionId): TransactItem => ({
          Put: {
            TableName: tableName,
            Item: {
              ...entryKey(regionId, sortName),
              entity: 'ProviderDirectoryEntry',
              organizationId: organization.organizationId,
              name: organization.legalName,
              searchName: sortName,
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
    () => new ConflictError('The organization changed meanwhile; try again.'),
  );
}

/**
 * Access pattern: the providers of a region, by name, a page at a time (one Query on the region's partition);
 * `q` keeps names that contain it.
 */
export async function searchDirectory(
  regionId: string,
  options: { q?: string; limit: number; cursor?: string },
): Promise<{ items: DirectoryProvider[]; nextCursor?: string }> {
  const q = options.q?.trim().toLowerCase();
  const result = await db.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk',
      ...(q ? { FilterExpression: 'contains(searchName, :q)' } : {}),
      ExpressionAttributeValues: { ':pk': providerDirectoryEntity.partition({ regionId }), ...(q ? { ':q': q } : {}) },
      Limit: options.limit,
      ExclusiveStartKey: decodeCursor(options.cursor),
    }),
  );
  return {
    items: (result.Items ?? []).map(({ organizationId, name, partnerId, country, regions }) => ({
      organizationId,
      name,
      partnerId,
      country,
      regions,
    })) as DirectoryProvider[],
    nextCursor: encodeCursor(result.LastEvaluatedKey),
  };
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
      // a direct-bill partner is re-evaluated every year, wherever it came from
      ...(program === 'DirectBill' ? [registeredProfileItem(organizationId, clock.now())] : []),
      partnerEvents.put('PartnerProgramRegistered', { program, partnerId }, { organizationId, correlationId }),
    ],
    () => new NotFoundError('No such organization.'),
  );
}
