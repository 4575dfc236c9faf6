import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { clock } from '#shared/platform/clock';
import { defineEntity } from '#shared/platform/entity';
import { db, putAll, tableName } from '#shared/platform/table';

export const directoryEntryEntity = defineEntity({
  name: 'DirectoryEntry',
  key: { pk: 'DIRECTORY#{partnerId}', sk: 'PARTNER' },
  patterns: ['a PartnerID in the partner directory: GetItem; imported by operators with BatchWrite'],
});

/**
 * The partner directory (PartnerIDs and their locations) is an external system. The application depends on
 * this port only; the adapter here keeps the records an operator imports in the table. A real directory
 * plugs in as another implementation of `PartnerDirectory` (an HTTP client to its API), chosen in
 * `partnerDirectory` below, with nothing else changing.
 */
export interface PartnerDirectoryRecord {
  partnerId: string;
  organizationName: string;
  country: string;
  status: 'Active' | 'Inactive';
  /** The membership contact: when present, linking the PartnerID needs this mailbox to confirm. */
  contactEmail?: string;
}

export interface PartnerDirectory {
  find(partnerId: string): Promise<PartnerDirectoryRecord | undefined>;
  import(records: PartnerDirectoryRecord[]): Promise<number>;
}

export type PartnerIdCheck = 'Valid' | 'Missing' | 'NotFound' | 'Inactive' | 'CountryMismatch';

/** PartnerID rule (seed 003, step 4): it exists, is active, and is located in the organization's country. */
export function checkPartnerId(
  record: PartnerDirectoryRecord | undefined,
  partnerId: string | undefined,
  country: string,
): PartnerIdCheck {
  if (!partnerId) return 'Missing';
  if (!record) return 'NotFound';
  if (record.status !== 'Active') return 'Inactive';
  if (record.country !== country) return 'CountryMismatch';
  return 'Valid';
}

export const partnerIdCheckMessages: Record<Exclude<PartnerIdCheck, 'Valid'>, string> = {
  Missing: 'no PartnerID is linked yet',
  NotFound: 'is not in the partner directory',
  Inactive: 'is not active in the partner directory',
  CountryMismatch: 'is located in another country or region than the organization',
};

/** A directory entry's stored item (from a GetItem or a BatchGet) as the record. */
export function directoryRecordFromItem(Item: Record<string, unknown> | undefined): PartnerDirectoryRecord | undefined {
  if (!Item) return undefined;
  const { partnerId, organizationName, country, status, contactEmail } = Item as unknown as PartnerDirectoryRecord;
  return { partnerId, organizationName, country, status, contactEmail };
}

const tableDirectory: PartnerDirectory = {
  async find(partnerId) {
    const { Item } = await db.send(
      new GetCommand({ TableName: tableName, Key: directoryEntryEntity.key({ partnerId }) }),
    );
    return directoryRecordFromItem(Item);
  },
  async import(records) {
    const importedAt = clock.nowIso();
    return putAll(
      records.map((record) => ({
        ...directoryEntryEntity.key({ partnerId: record.partnerId }),
        entity: 'DirectoryEntry',
        ...record,
        importedAt,
      })),
    );
  },
};

export const partnerDirectory: PartnerDirectory = tableDirectory;
