import { Email, Id, Language, PersonName } from '#shared/platform/schemas';
import * as z from '#shared/platform/zod';
import { permissions } from '#shared/users/permissions';
import { adminRoles, agentRoles, platformRoles } from '#shared/users/roles';
import { serviceRequestStatuses } from '#shared/users/service-request-states';

export const AgentRole = z
  .enum(agentRoles)
  .meta({ description: 'Admin agent, sales agent, helpdesk agent, or not an agent.' });
export const AdminRole = z
  .enum(adminRoles)
  .meta({ description: 'Global admin, user management admin, billing admin, or not an admin.' });

export const PartnerUser = z
  .object({
    userId: Id,
    organizationId: Id,
    fullName: z.string(),
    email: z.string(),
    language: Language,
    agentRole: AgentRole,
    adminRole: AdminRole,
    status: z.enum(['active', 'disabled']),
    emailConfirmed: z
      .boolean()
      .meta({ description: 'The user opened the link emailed to the address; until then it cannot sign in.' }),
    createdAt: z.string(),
    version: z.number().int().meta({ description: 'Send it back as If-Match to change the user.' }),
  })
  .meta({ id: 'PartnerUser' });

export const CreatePartnerUserRequest = z.strictObject({
  fullName: PersonName,
  email: Email,
  agentRole: AgentRole,
  adminRole: AdminRole,
  language: Language.default('en'),
  sendSignInEmail: z.boolean().optional().meta({
    deprecated: true,
    description:
      'Ignored: the user is always emailed a link to prove its address (never the password) before it can sign in.',
  }),
});

export const CreatePartnerUserResponse = z.object({
  user: PartnerUser,
  temporaryPassword: z.string().optional().meta({
    description:
      'Shown this once: it is not stored and cannot be retrieved again (an Idempotency-Key replay leaves it out). The first sign-in must set a new password. Absent when the new user holds a permission the caller lacks: that user chooses its password through its email link.',
  }),
  passwordDelivery: z.enum(['ShownOnce', 'EmailLink']),
  signInUrl: z.string(),
});

export const UserIdParams = z.strictObject({ userId: Id });
export const ListUsersQuery = z.object({
  q: z.string().trim().max(128).optional().meta({ description: 'Part of a name or email.' }),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().max(1024).optional(),
});
export const UserPage = z.object({ items: z.array(PartnerUser), nextCursor: z.string().optional() });

export const UpdateRolesRequest = z.strictObject({ agentRole: AgentRole, adminRole: AdminRole });

const PermissionState = z.object({ granted: z.boolean(), description: z.string() });

export const Capabilities = z.object({
  userId: Id,
  organizationId: Id,
  roles: z.object({ agentRole: AgentRole, adminRole: AdminRole, platformRole: z.enum(platformRoles).optional() }),
  permissions: z.object(Object.fromEntries(permissions.map((name) => [name, PermissionState]))),
  operations: z.array(z.string()).meta({ description: 'The operation ids of the API this caller may call.' }),
});

export const CreateServiceRequest = z.strictObject({
  category: z
    .enum(['Platform', 'Customer'])
    .meta({ description: 'A ticket about the platform itself, or a request on behalf of a customer.' }),
  customerId: Id.optional(),
  title: z.string().trim().min(3).max(200),
  description: z.string().trim().min(3).max(10_000),
  severity: z.enum(['Critical', 'High', 'Moderate', 'Low']).default('Moderate'),
});

export const ServiceRequest = z
  .object({
    serviceRequestId: Id,
    organizationId: Id,
    category: z.enum(['Platform', 'Customer']),
    customerId: z.string().optional(),
    title: z.string(),
    description: z.string(),
    severity: z.string(),
    status: z.enum(serviceRequestStatuses),
    createdBy: z.string(),
    createdAt: z.string(),
    updatedAt: z.string().optional(),
    comments: z.number().int().optional().meta({ description: 'How many comments the conversation has.' }),
    version: z.number().int().optional(),
  })
  .meta({ id: 'ServiceRequest' });

export const ServiceRequestParams = z.strictObject({ serviceRequestId: Id });
export const ServiceRequestView = ServiceRequest.extend({
  yourSide: z.enum(['Partner', 'Customer', 'Operator']).meta({ description: 'The side the caller is on.' }),
  yourActions: z
    .array(z.enum(['start', 'askCustomer', 'resolve', 'reopen', 'close']))
    .meta({ description: 'The status changes the caller may make now.' }),
});
export const ServiceRequestComment = z
  .object({
    commentId: Id,
    serviceRequestId: Id,
    side: z.enum(['Partner', 'Customer', 'Operator']),
    authorId: z.string(),
    authorName: z.string(),
    text: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'ServiceRequestComment' });
export const ServiceRequestCommentPage = z.object({
  items: z.array(ServiceRequestComment),
  nextCursor: z.string().optional(),
});
export const AddServiceRequestComment = z.strictObject({ text: z.string().trim().min(1).max(10_000) });
export const ChangeServiceRequestStatus = z.strictObject({
  action: z.enum(['start', 'askCustomer', 'resolve', 'reopen', 'close']).meta({
    description: 'The handling side starts, asks the requester, resolves or closes; the requester reopens or closes.',
  }),
});

export const ListServiceRequestsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().max(1024).optional(),
});
export const ServiceRequestPage = z.object({ items: z.array(ServiceRequest), nextCursor: z.string().optional() });

export const Actor = z
  .union([
    z.object({ kind: z.literal('user'), userId: z.string(), organizationId: z.string(), operationId: z.string() }),
    z.object({ kind: z.literal('public'), operationId: z.string() }),
    z.object({ kind: z.literal('system'), name: z.string().optional() }),
  ])
  .meta({
    id: 'Actor',
    description:
      'Who made the change: a signed-in user (and the operation), the holder of an emailed link or a visitor (public), or the system (workflow, reactions, jobs).',
  });
export const AuditEventsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().max(1024).optional(),
  type: z
    .string()
    .regex(/^[A-Za-z]{3,64}$/)
    .optional()
    .meta({ description: 'Only this event type, e.g. PartnerUserRolesChanged.' }),
  from: z.iso.datetime().optional().meta({ description: 'Only changes at or after this moment.' }),
  to: z.iso.datetime().optional().meta({ description: 'Only changes at or before this moment.' }),
  organizationId: Id.optional().meta({ description: 'Another organization’s history (program operators only).' }),
});
export const AuditEntry = z
  .object({
    eventId: z.string(),
    type: z.string(),
    occurredAt: z.string(),
    correlationId: z.string().optional(),
    actor: Actor.optional(),
    payload: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'AuditEntry' });
export const AuditEventsPage = z.object({ items: z.array(AuditEntry), nextCursor: z.string().optional() });
