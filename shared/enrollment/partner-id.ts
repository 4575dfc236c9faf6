import { checkPartnerId, partnerDirectory, partnerIdCheckMessages } from '#shared/enrollment/partner-directory';
import { ConflictError, type FieldIssue, ValidationError } from '#shared/platform/errors';
import type { TransactItem } from '#shared/platform/table';
import { claimPartnerIdItem, partnerIdOwner } from '#shared/users/organizations-store';

/**
 * The PartnerID rule, the same on every path that sets one (enrollment, linking, the support-only path of an
 * existing partner, an operator's registration): the directory knows it, it is active, it is located in the
 * organization's country (seed 003, step 4), and no other organization owns it. Answers the claim to write in
 * the same transaction as the change, so two organizations racing for one PartnerID cannot both get it.
 */
export async function requirePartnerIdFor(
  organization: { organizationId: string; country: string },
  partnerId: string,
  field = 'partnerId',
): Promise<TransactItem> {
  const [record, owner] = await Promise.all([partnerDirectory.find(partnerId), partnerIdOwner(partnerId)]);
  const status = checkPartnerId(record, partnerId, organization.country);
  if (status !== 'Valid') {
    const issue: FieldIssue = { in: 'body', field, message: partnerIdCheckMessages[status] };
    throw new ValidationError([issue]);
  }
  if (owner && owner !== organization.organizationId) {
    throw new ConflictError('This PartnerID belongs to another organization on the platform.', {
      errors: [{ in: 'body', field, message: 'belongs to another organization' }],
    });
  }
  return claimPartnerIdItem(partnerId, organization.organizationId);
}
