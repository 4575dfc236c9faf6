import { SharedCustomerPage } from '#shared/customers/schemas';
import { defineRoute } from '#shared/http/route';
import {
  AcceptedInvitation,
  AcceptInvitationRequest,
  CreateResellerInvitationRequest,
  DeclineInvitationRequest,
  DesignateProviderRequest,
  Directory,
  DirectoryQuery,
  Invitation,
  InvitationIdParams,
  InvitationPage,
  InvitationPageQuery,
  LinkPage,
  LinkView,
  ListInvitationsQuery,
  OperatorLinkParams,
  PageQuery,
  PartnerOrganizationParams,
  ProviderDesignation,
  ProviderIdParams,
  Regions,
  ResellerIdParams,
} from '#shared/partners/schemas';

export const listRegions = defineRoute({
  operationId: 'listRegions',
  method: 'GET',
  path: '/v1/regions',
  summary: 'CSP regions, the markets (countries) in each, and each market’s currency (versioned reference data).',
  tag: 'Partners',
  handler: 'functions/partners/list-regions.ts',
  auth: 'user',
  permission: 'self:read',
  responses: { 200: { description: 'The regions.', body: Regions } },
  grants: {},
});

export const searchProviderDirectory = defineRoute({
  operationId: 'searchProviderDirectory',
  method: 'GET',
  path: '/v1/provider-directory',
  summary: 'The public list of authorized indirect providers, by region or country.',
  tag: 'Partners',
  handler: 'functions/partners/search-provider-directory.ts',
  auth: 'public',
  request: { query: DirectoryQuery },
  responses: { 200: { description: 'Providers serving the region.', body: Directory } },
  grants: { table: 'read' },
});

export const designateIndirectProvider = defineRoute({
  operationId: 'designateIndirectProvider',
  method: 'POST',
  path: '/v1/operator/organizations/{organizationId}/indirect-provider',
  summary: 'Designate an active partner as an indirect provider for one or more regions.',
  tag: 'Operations',
  handler: 'functions/partners/designate-indirect-provider.ts',
  auth: 'user',
  permission: 'operator:reference-data',
  request: { params: PartnerOrganizationParams, body: DesignateProviderRequest },
  responses: {
    200: { description: 'Designated.', body: ProviderDesignation },
    404: { description: 'No such organization.' },
    409: { description: 'Not an active partner.' },
  },
  grants: { table: 'readWrite' },
});

export const createResellerInvitation = defineRoute({
  operationId: 'createResellerInvitation',
  method: 'POST',
  path: '/v1/reseller-invitations',
  summary:
    'An indirect provider invites a reseller by its global admin’s email or its PartnerID; the link is emailed (30 days).',
  tag: 'Partners',
  handler: 'functions/partners/create-reseller-invitation.ts',
  auth: 'user',
  permission: 'providers:invite',
  request: { body: CreateResellerInvitationRequest },
  responses: {
    201: { description: 'Invited; the email goes out.', body: Invitation },
    409: { description: 'Inviting itself, an already linked reseller, or not an indirect provider.' },
    422: { description: 'A PartnerID with no organization or contact.' },
    429: { description: 'Daily sending cap reached.' },
  },
  grants: { table: 'readWrite' },
});

export const listInvitations = defineRoute({
  operationId: 'listInvitations',
  method: 'GET',
  path: '/v1/invitations',
  summary: 'Invitations the organization sent or received (reseller and customer), newest first.',
  tag: 'Partners',
  handler: 'functions/partners/list-invitations.ts',
  auth: 'user',
  permission: 'invitations:read',
  request: { query: ListInvitationsQuery },
  responses: { 200: { description: 'A page of invitations.', body: InvitationPage } },
  grants: { table: 'read' },
});

export const resendInvitation = defineRoute({
  operationId: 'resendInvitation',
  method: 'POST',
  path: '/v1/invitations/{invitationId}/resend',
  summary: 'Send the invitation again with a new link (capped).',
  tag: 'Partners',
  handler: 'functions/partners/resend-invitation.ts',
  auth: 'user',
  permission: 'invitations:manage',
  request: { params: InvitationIdParams },
  responses: {
    202: { description: 'Resent.', body: Invitation },
    409: { description: 'Not pending, or resent to the cap.' },
    429: { description: 'Daily sending cap reached.' },
  },
  grants: { table: 'readWrite' },
});

export const revokeInvitation = defineRoute({
  operationId: 'revokeInvitation',
  method: 'POST',
  path: '/v1/invitations/{invitationId}/revoke',
  summary: 'Revoke a pending invitation: every link to it stops working.',
  tag: 'Partners',
  handler: 'functions/partners/revoke-invitation.ts',
  auth: 'user',
  permission: 'invitations:manage',
  request: { params: InvitationIdParams },
  responses: {
    200: { description: 'Revoked.', body: Invitation },
    409: { description: 'Already accepted, declined, expired or revoked (the problem says which).' },
  },
  grants: { table: 'readWrite' },
});

export const acceptInvitation = defineRoute({
  operationId: 'acceptInvitation',
  method: 'POST',
  path: '/v1/invitations/accept',
  summary:
    'Accept an invitation with the token of its link: a reseller authorizes a provider, or a customer its resellers. Global admins of the invited organization only, with explicit consent.',
  tag: 'Partners',
  handler: 'functions/partners/accept-invitation.ts',
  auth: 'user',
  permission: 'invitations:answer',
  request: { body: AcceptInvitationRequest },
  responses: {
    200: { description: 'Accepted; the relationship exists.', body: AcceptedInvitation },
    403: { description: 'Not a global admin of the invited organization, or signed in as someone else.' },
    409: { description: 'Expired, revoked, already accepted or declined (the problem says which), or already linked.' },
    410: { description: 'Unknown link.' },
    422: { description: 'No consent, or the organization is outside the inviter’s regions (the problem says why).' },
  },
  grants: { table: 'readWrite' },
});

export const declineInvitation = defineRoute({
  operationId: 'declineInvitation',
  method: 'POST',
  path: '/v1/invitations/decline',
  summary: 'Decline an invitation with the token of its link.',
  tag: 'Partners',
  handler: 'functions/partners/decline-invitation.ts',
  auth: 'user',
  permission: 'invitations:answer',
  request: { body: DeclineInvitationRequest },
  responses: {
    200: { description: 'Declined.', body: Invitation },
    409: { description: 'No longer pending.' },
    410: { description: 'Unknown link.' },
  },
  grants: { table: 'readWrite' },
});

export const showInvitationPage = defineRoute({
  operationId: 'showInvitationPage',
  method: 'GET',
  path: '/v1/pages/invitation',
  summary:
    'The page behind an emailed invitation link: who invites, what they will be allowed to do, and how to accept.',
  tag: 'Partners',
  handler: 'functions/partners/show-invitation-page.ts',
  auth: 'public',
  request: { query: InvitationPageQuery },
  responses: { 200: { description: 'An HTML page.', html: true } },
  grants: { table: 'read' },
});

export const listIndirectProviders = defineRoute({
  operationId: 'listIndirectProviders',
  method: 'GET',
  path: '/v1/indirect-providers',
  summary: 'The reseller’s indirect providers (Partner Center’s IsIndirectResellerOf), with the grants in force.',
  tag: 'Partners',
  handler: 'functions/partners/list-indirect-providers.ts',
  auth: 'user',
  permission: 'providers:read',
  request: { query: PageQuery },
  responses: { 200: { description: 'A page of providers.', body: LinkPage } },
  grants: { table: 'read' },
});

export const listIndirectResellers = defineRoute({
  operationId: 'listIndirectResellers',
  method: 'GET',
  path: '/v1/indirect-resellers',
  summary:
    'The provider’s indirect resellers (Partner Center’s IsIndirectCloudSolutionProviderOf), with the grants in force.',
  tag: 'Partners',
  handler: 'functions/partners/list-indirect-resellers.ts',
  auth: 'user',
  permission: 'providers:read',
  request: { query: PageQuery },
  responses: { 200: { description: 'A page of resellers.', body: LinkPage } },
  grants: { table: 'read' },
});

export const removeProviderAdminAccess = defineRoute({
  operationId: 'removeProviderAdminAccess',
  method: 'POST',
  path: '/v1/indirect-providers/{providerId}/remove-admin-access',
  summary: 'The reseller removes its provider’s admin access to its tenant, keeping the link.',
  tag: 'Partners',
  handler: 'functions/partners/remove-provider-admin-access.ts',
  auth: 'user',
  permission: 'providers:manage',
  request: { params: ProviderIdParams },
  responses: {
    200: { description: 'Removed.', body: LinkView },
    404: { description: 'No such provider.' },
    409: { description: 'The link has ended.' },
  },
  grants: { table: 'readWrite' },
});

export const suspendProviderLink = defineRoute({
  operationId: 'suspendProviderLink',
  method: 'POST',
  path: '/v1/indirect-resellers/{resellerId}/suspend',
  summary: 'The provider suspends a reseller link.',
  tag: 'Partners',
  handler: 'functions/partners/suspend-provider-link.ts',
  auth: 'user',
  permission: 'providers:manage',
  request: { params: ResellerIdParams },
  responses: { 200: { description: 'Suspended.', body: LinkView }, 409: { description: 'Not active.' } },
  grants: { table: 'readWrite' },
});

export const resumeProviderLink = defineRoute({
  operationId: 'resumeProviderLink',
  method: 'POST',
  path: '/v1/indirect-resellers/{resellerId}/resume',
  summary: 'The provider lifts its own suspension of a reseller link.',
  tag: 'Partners',
  handler: 'functions/partners/resume-provider-link.ts',
  auth: 'user',
  permission: 'providers:manage',
  request: { params: ResellerIdParams },
  responses: {
    200: { description: 'Active again.', body: LinkView },
    409: { description: 'Not suspended by the provider.' },
  },
  grants: { table: 'readWrite' },
});

export const suspendProviderLinkAsOperator = defineRoute({
  operationId: 'suspendProviderLinkAsOperator',
  method: 'POST',
  path: '/v1/operator/provider-links/{providerId}/{resellerId}/suspend',
  summary: 'An operator suspends a provider-reseller link; only an operator lifts it.',
  tag: 'Operations',
  handler: 'functions/partners/suspend-provider-link-as-operator.ts',
  auth: 'user',
  permission: 'operator:review',
  request: { params: OperatorLinkParams },
  responses: {
    200: { description: 'Suspended.', body: LinkView },
    404: { description: 'No such link.' },
    409: { description: 'Ended, or already suspended.' },
  },
  grants: { table: 'readWrite' },
});

export const resumeProviderLinkAsOperator = defineRoute({
  operationId: 'resumeProviderLinkAsOperator',
  method: 'POST',
  path: '/v1/operator/provider-links/{providerId}/{resellerId}/resume',
  summary: 'An operator lifts a suspension of a provider-reseller link, its own or the provider’s.',
  tag: 'Operations',
  handler: 'functions/partners/resume-provider-link-as-operator.ts',
  auth: 'user',
  permission: 'operator:review',
  request: { params: OperatorLinkParams },
  responses: {
    200: { description: 'Active again.', body: LinkView },
    404: { description: 'No such link.' },
    409: { description: 'Ended, or not suspended.' },
  },
  grants: { table: 'readWrite' },
});

export const endProviderLink = defineRoute({
  operationId: 'endProviderLink',
  method: 'POST',
  path: '/v1/partner-links/{organizationId}/end',
  summary: 'Either side ends a provider-reseller link.',
  tag: 'Partners',
  handler: 'functions/partners/end-provider-link.ts',
  auth: 'user',
  permission: 'providers:manage',
  request: { params: PartnerOrganizationParams },
  responses: {
    200: { description: 'Ended.', body: LinkView },
    404: { description: 'No link with that organization.' },
    409: { description: 'Already ended.' },
  },
  grants: { table: 'readWrite' },
});

export const listSharedCustomers = defineRoute({
  operationId: 'listSharedCustomers',
  method: 'GET',
  path: '/v1/partner-links/{organizationId}/shared-customers',
  summary: 'The customers the caller shares with a linked provider or reseller.',
  tag: 'Partners',
  handler: 'functions/partners/list-shared-customers.ts',
  auth: 'user',
  permission: 'customers:read',
  request: { params: PartnerOrganizationParams, query: PageQuery },
  responses: {
    200: { description: 'A page of shared customers (empty until customers exist).', body: SharedCustomerPage },
    404: { description: 'No link with that organization.' },
  },
  grants: { table: 'read' },
});
