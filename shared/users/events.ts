import { defineEvents } from '#shared/platform/outbox';
import * as z from '#shared/platform/zod';

const RolesPayload = z.object({ agentRole: z.string(), adminRole: z.string() });

/** The events of organizations, partner users and their service requests. */
export const userEvents = defineEvents({
  OrganizationCreated: z.object({ legalName: z.string(), country: z.string(), adminUserId: z.string() }),
  PartnerUserAdded: z.object({
    userId: z.string(),
    agentRole: z.string(),
    adminRole: z.string(),
    sendSignInEmail: z.boolean(),
  }),
  PartnerUserRolesChanged: z.object({ userId: z.string(), from: RolesPayload, to: RolesPayload, by: z.string() }),
  PartnerUserRemoved: z.object({ userId: z.string(), email: z.string(), by: z.string() }),
  ServiceRequestOpened: z.object({
    serviceRequestId: z.string(),
    category: z.string(),
    customerId: z.string().optional(),
  }),
});
