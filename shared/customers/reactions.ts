import { customerEmails } from '#shared/customers/emails';
import { customerEvents } from '#shared/customers/events';
import { getSubscriptionRecord } from '#shared/customers/subscriptions-store';
import { sendNotice } from '#shared/platform/notices';
import { type EventOf, mergeReactions } from '#shared/platform/outbox';
import { noticeFor, noticeRecipient } from '#shared/users/contact';
import { getOrganization } from '#shared/users/organizations-store';

type Accepted = EventOf<(typeof customerEvents)['catalog'], 'CustomerRelationshipCreated'>;

/** One partner of a new or extended relationship told that the customer accepted (one reaction per recipient). */
function tellPartner(role: 'Reseller' | 'IndirectProvider') {
  return {
    name: role === 'Reseller' ? 'email-reseller' : 'email-provider',
    run: async (event: Accepted) => {
      const partnerId = role === 'Reseller' ? event.payload.resellerId : event.payload.providerId;
      if (!partnerId) return;
      const [partner, reseller, customer] = await Promise.all([
        getOrganization(partnerId),
        getOrganization(event.payload.resellerId),
        getOrganization(String(event.organizationId)),
      ]);
      const recipient = await noticeRecipient(partner);
      if (!recipient || !customer || !reseller) return;
      await sendNotice(
        customer.organizationId,
        noticeFor(recipient, customerEmails.relationshipAccepted, {
          customer: customer.legalName,
          role,
          partner: reseller.legalName,
          delegatedAdmin: event.payload.delegatedAdmin,
          extended: event.payload.extended ?? false,
        }),
      );
    },
  };
}

/**
 * What customer events cause outside the table: the partners told when a customer accepts, the partner told
 * when the customer moves its admin permissions to another, or removes them.
 */
export const customerReactions = mergeReactions(
  customerEvents.on('CustomerRelationshipCreated', tellPartner('Reseller'), tellPartner('IndirectProvider'), {
    name: 'email-previous-admin',
    run: async (event) => {
      if (!event.payload.previousAdmin) return;
      const [previous, to, customer] = await Promise.all([
        getOrganization(event.payload.previousAdmin),
        getOrganization(event.payload.resellerId),
        getOrganization(String(event.organizationId)),
      ]);
      const recipient = await noticeRecipient(previous);
      if (!recipient || !customer || !to) return;
      await sendNotice(
        customer.organizationId,
        noticeFor(recipient, customerEmails.delegatedAdminMoved, { customer: customer.legalName, to: to.legalName }),
      );
    },
  }),
  customerEvents.on('SubscriptionChanged', {
    name: 'email-customer',
    run: async (event) => {
      const [customer, partner, subscription] = await Promise.all([
        getOrganization(event.payload.customerId),
        getOrganization(event.payload.partnerId),
        getSubscriptionRecord(event.payload.customerId, event.payload.subscriptionId),
      ]);
      const recipient = await noticeRecipient(customer);
      if (!recipient || !partner || !subscription) return;
      await sendNotice(
        partner.organizationId,
        noticeFor(recipient, customerEmails.subscriptionChanged, {
          partner: partner.legalName,
          offer: subscription.offerName,
          change: event.payload.change,
          quantity: event.payload.quantity,
        }),
      );
    },
  }),
  customerEvents.on('DelegatedAdminRemoved', {
    name: 'email-partner',
    run: async (event) => {
      const [partner, customer] = await Promise.all([
        getOrganization(event.payload.partnerId),
        getOrganization(event.payload.customerId),
      ]);
      const recipient = await noticeRecipient(partner);
      if (!recipient || !customer) return;
      await sendNotice(
        customer.organizationId,
        noticeFor(recipient, customerEmails.delegatedAdminRemoved, { customer: customer.legalName }),
      );
    },
  }),
);
