import { delegatedAdminHolder, listPartnersOnTenant } from '#shared/customers/relationships-store';
import { listCustomerRelationships } from '#shared/customers/routes';
import { httpHandler, reply } from '#shared/http/handler';

/** The customer's single view of who holds what on its tenant (a pain point of Partner Center's customers). */
export const handler = httpHandler(listCustomerRelationships, async ({ caller }) =>
  reply.ok(await ledger(caller.organizationId)),
);

export async function ledger(customerId: string) {
  const [partners, holder] = await Promise.all([listPartnersOnTenant(customerId), delegatedAdminHolder(customerId)]);
  return {
    partners: partners.map(({ partnerId, partnerName, role, delegatedAdmin, since, state }) => ({
      partnerId,
      partnerName,
      role,
      delegatedAdmin,
      since,
      state,
      ...(delegatedAdmin ? { removeAdminAction: `/v1/customer-relationships/${partnerId}/remove-admin` } : {}),
    })),
    delegatedAdminHolder: holder,
  };
}
