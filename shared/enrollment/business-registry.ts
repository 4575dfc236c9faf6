import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { clock } from '#shared/platform/clock';
import { defineEntity } from '#shared/platform/entity';
import type { Address } from '#shared/platform/schemas';
import { db, putAll, tableName } from '#shared/platform/table';

const registryEntryEntity = defineEntity({
  name: 'RegistryEntry',
  key: { pk: 'DUNS#{dunsNumber}', sk: 'BUSINESS' },
  patterns: ['a business by DUNS number: GetItem; imported by operators with BatchWrite'],
});

/**
 * The business registry (Dun & Bradstreet-style DUNS lookups) is an external system behind this port, with
 * the same pattern as the partner directory: an operator-imported table adapter here, a registry API client
 * in production, swapped in `businessRegistry` below.
 */
export interface BusinessRecord {
  dunsNumber: string;
  legalName: string;
  address: Address;
  status: 'Active' | 'Inactive';
}

export interface BusinessRegistry {
  lookup(dunsNumber: string): Promise<BusinessRecord | undefined>;
  import(records: BusinessRecord[]): Promise<number>;
}

const tableRegistry: BusinessRegistry = {
  async lookup(dunsNumber) {
    const { Item } = await db.send(
      new GetCommand({ TableName: tableName, Key: registryEntryEntity.key({ dunsNumber }) }),
    );
    if (!Item) return undefined;
    const { legalName, address, status } = Item as BusinessRecord;
    return { dunsNumber, legalName, address, status };
  },
  async import(records) {
    const importedAt = clock.nowIso();
    return putAll(
      records.map((record) => ({
        ...registryEntryEntity.key({ dunsNumber: record.dunsNumber }),
        entity: 'RegistryEntry',
        ...record,
        importedAt,
      })),
    );
  },
};

export const businessRegistry: BusinessRegistry = tableRegistry;
