import { customerEmails } from '#shared/customers/emails';
import { customerEvents } from '#shared/customers/events';
import { renderEmail } from '#shared/platform/email/render';
import { sendNotice } from '#shared/platform/notices';
import { mergeReactions } from '#shared/platform/outbox';
import { getOrganization } from '#shared/users/organizations-store';

/** What customer events cause outside the table: the partner told when the customer removes its admin. */
export const customerReactions = mergeReactions(
  customerEvents.on('DelegatedAdminRemoved', {
    name: 'email-partner',
    run: async (event) => {
      const [partner, customer] = await Promise.all([
        getOrganization(event.payload.partnerId),
        getOrganization(event.payload.customerId),
      ]);
      if (!partner?.contactEmail || !customer) return;
      await sendNotice(
        customer.organizationId,
        renderEmail(customerEmails.delegatedAdminRemoved, partner.language, partner.contactEmail, {
          name: partner.legalName,
          organization: partner.legalName,
          customer: customer.legalName,
        }),
      );
    },
  }),
);
