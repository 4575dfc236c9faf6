import { PartnerId } from '#shared/enrollment/schemas';
import { invitationStates } from '#shared/partners/invitation-rules';
import { regionIds } from '#shared/partners/regions';
import { CountryCode, Email, Id, Language } from '#shared/platform/schemas';
import * as z from '#shared/platform/zod';

export const RegionId = z.enum(regionIds as [string, ...string[]]);

export const Regions = z.object({
  version: z.string(),
  items: z.array(
    z.object({
      regionId: z.string(),
      name: z.string(),
      markets: z.array(z.object({ country: z.string(), name: z.string(), currency: z.string() })),
    }),
  ),
});

export const DirectoryQuery = z
  .object({
    region: RegionId.optional(),
    country: CountryCode.optional(),
    q: z.string().trim().max(100).optional().meta({ description: 'Part of the provider’s name.' }),
    limit: z.coerce.number().int().min(1).max(100).default(25),
    cursor: z.string().max(1024).optional(),
  })
  .refine((q) => q.region || q.country, { message: 'give a region or a country', path: ['region'] });
export const DirectoryEntry = z.object({
  organizationId: Id,
  name: z.string(),
  partnerId: z.string().optional(),
  country: z.string(),
  regions: z.array(z.string()),
});
export const Directory = z.object({
  region: z.string(),
  items: z.array(DirectoryEntry),
  nextCursor: z.string().optional(),
});

export const DesignateProviderRequest = z.strictObject({ regions: z.array(RegionId).min(1).max(regionIds.length) });

export const CreateResellerInvitationRequest = z
  .strictObject({
    email: Email.optional().meta({ description: 'The reseller global admin’s email.' }),
    partnerId: PartnerId.optional().meta({
      description: 'Or the reseller’s PartnerID: the invitation goes to its primary contact.',
    }),
    language: Language.optional(),
    message: z.string().trim().max(2000).optional(),
  })
  .refine((value) => Boolean(value.email) !== Boolean(value.partnerId), {
    message: 'give either email or partnerId',
    path: ['email'],
  });

export const Invitation = z
  .object({
    invitationId: Id,
    kind: z.enum(['Reseller', 'Customer']),
    state: z.enum(invitationStates),
    fromOrganizationId: Id,
    fromName: z.string(),
    invitedEmail: z.string(),
    invitedOrganizationId: z.string().optional(),
    language: Language,
    message: z.string().optional(),
    createdAt: z.string(),
    expiresAt: z.string(),
    resends: z.number().int(),
    resendsLeft: z.number().int(),
    details: z.record(z.string(), z.unknown()).optional(),
    acceptedAt: z.string().optional(),
    version: z.number().int(),
  })
  .meta({ id: 'Invitation' });

export const InvitationIdParams = z.strictObject({ invitationId: Id });
export const ListInvitationsQuery = z.object({
  direction: z.enum(['sent', 'received']).default('sent'),
  kind: z.enum(['Reseller', 'Customer']).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().max(1024).optional(),
});
export const InvitationPage = z.object({ items: z.array(Invitation), nextCursor: z.string().optional() });

const InvitationToken = z
  .string()
  .min(16)
  .max(128)
  .regex(/^[A-Za-z0-9_-]+$/, { message: 'must be the token from the link' });
export const AcceptInvitationRequest = z.strictObject({
  token: InvitationToken,
  consent: z
    .literal(true, { message: 'must be true: tick the box to authorize' })
    .meta({ description: 'The explicit consent box of the page.' }),
  adminChoice: z
    .enum(['keepCurrentAdmin', 'moveAdmin'])
    .optional()
    .meta({ description: 'Customer invitations asking for delegated admin while another partner holds it.' }),
});
export const DeclineInvitationRequest = z.strictObject({ token: InvitationToken });
export const AcceptedInvitation = z.object({ invitation: Invitation, result: z.record(z.string(), z.unknown()) });

export const LinkView = z
  .object({
    id: Id,
    partnerId: z.string().optional(),
    name: z.string(),
    location: z.string(),
    state: z.enum(['Active', 'Suspended', 'Ended']),
    grants: z.object({ submitOrders: z.boolean(), addSubscriptions: z.boolean(), adminAccess: z.boolean() }),
    suspendedBy: z.enum(['Provider', 'Operator']).optional(),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'PartnerLink' });
export const LinkPage = z.object({ items: z.array(LinkView), nextCursor: z.string().optional() });
export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().max(1024).optional(),
});

export const ProviderIdParams = z.strictObject({ providerId: Id });
export const ResellerIdParams = z.strictObject({ resellerId: Id });
export const PartnerOrganizationParams = z.strictObject({ organizationId: Id });
export const OperatorLinkParams = z.strictObject({ providerId: Id, resellerId: Id });

export const InvitationPageQuery = z.object({ token: z.string().max(128).optional(), lang: Language.optional() });

export const ProviderDesignation = z.object({
  organizationId: Id,
  program: z.literal('IndirectProvider'),
  regions: z.array(z.string()),
});
