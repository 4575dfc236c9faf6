import type { CustomerRelationship } from '#shared/customers/relationships-store';

export function customerSummary(relationship: CustomerRelationship) {
  const { customerId, customerName, domain, country, role, delegatedAdmin, sharedWith, resellerOfRecord, since, note } =
    relationship;
  return { customerId, customerName, domain, country, role, delegatedAdmin, sharedWith, resellerOfRecord, since, note };
}
