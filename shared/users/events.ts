import { defineEvents } from '#shared/platform/outbox';
import * as z from '#shared/platform/zod';

const RolesPayload = z.object({ agentRole: z.string(), adminRole: z.string() });

/** The events of organizations, partner users and their service requests. */
export const userEvents = defineEvents({
  OrganizationCreated: z.object({ legalName: z.string(), country: z.string(), adminUserId: z.string() }),
  PartnerUserAdded: z.object({ userId: z.string(), agentRole: z.string(), adminRole: z.string() }),
  /** The user opened its proof link (and chose its password there, when `passwordChosen`). */
  PartnerUserEmailConfirmed: z.object({ userId: z.string(), passwordChosen: z.boolean() }),
  /** `choosePassword`: the new roles exceed those of whoever saw the user's password, which stopped working. */
  PartnerUserRolesChanged: z.object({
    userId: z.string(),
    from: RolesPayload,
    to: RolesPayload,
    by: z.string(),
    choosePassword: z.boolean().default(false),
  }),
  PartnerUserRemoved: z.object({
    userId: z.string(),
    email: z.string(),
    /** Who to greet, in which language, once the membership is gone. */
    fullName: z.string().optional(),
    language: z.enum(['en', 'it', 'es']).optional(),
    by: z.string(),
  }),
  ServiceRequestOpened: z.object({
    serviceRequestId: z.string(),
    category: z.string(),
    customerId: z.string().optional(),
  }),
  /** A comment, a status change, or both; the other side is told. */
  ServiceRequestUpdated: z.object({
    serviceRequestId: z.string(),
    side: z.enum(['Partner', 'Customer', 'Operator']),
    commentId: z.string().optional(),
    /** The comment's first 500 characters, for the email that tells the other side. */
    excerpt: z.string().optional(),
    from: z.string(),
    to: z.string(),
  }),
});
