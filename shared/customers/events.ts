import { defineEvents } from '#shared/platform/outbox';
import * as z from '#shared/platform/zod';

/** The events of customer relationships, delegated admin, leads and orders. */
export const customerEvents = defineEvents({
  CustomerRelationshipCreated: z.object({
    resellerId: z.string(),
    providerId: z.string().optional(),
    delegatedAdmin: z.boolean(),
    previousAdmin: z.string().optional(),
    invitationId: z.string(),
    /** The invitation added the provider or delegated admin to a relationship that existed. */
    extended: z.boolean().optional(),
  }),
  DelegatedAdminRemoved: z.object({ partnerId: z.string(), customerId: z.string() }),
  CustomerImported: z.object({ partnerId: z.string(), customerId: z.string() }),
  LeadCreated: z.object({ leadId: z.string(), source: z.string() }),
  /** A partner changed a subscription on the customer's behalf: fewer licenses, suspended or reactivated. */
  SubscriptionChanged: z.object({
    customerId: z.string(),
    subscriptionId: z.string(),
    partnerId: z.string(),
    change: z.enum(['QuantityReduced', 'Suspended', 'Reactivated']),
    quantity: z.number().int(),
  }),
  OrderSubmitted: z.object({
    orderId: z.string(),
    customerId: z.string(),
    resellerOfRecord: z.string(),
    totalUsd: z.number(),
  }),
});
