import {
  AssignLeadRequest,
  AssignLicensesRequest,
  ConsentLedger,
  CreateCustomerInvitationRequest,
  CreateCustomerUserRequest,
  CreateCustomerUserResponse,
  CustomerDetail,
  CustomerInvitationCreated,
  CustomerPage,
  CustomerParams,
  CustomerUser,
  CustomerUserPage,
  CustomerUserParams,
  ImportCustomerRequest,
  ImportedCustomer,
  Lead,
  LeadPage,
  LeadParams,
  LeadRequest,
  ListCustomersQuery,
  Offers,
  OffersQuery,
  Order,
  OrderRequest,
  PartnerParams,
  Revenue,
  RevenueQuery,
  Subscription,
  SubscriptionPage,
  SubscriptionParams,
  TenantPageQuery,
  UpdateSubscriptionRequest,
  UpsertOfferRequest,
} from '#shared/customers/schemas';
import { defineRoute } from '#shared/http/route';
import { PageQuery } from '#shared/partners/schemas';
import * as z from '#shared/platform/zod';

export const createCustomerInvitation = defineRoute({
  operationId: 'createCustomerInvitation',
  method: 'POST',
  path: '/v1/customer-invitations',
  summary:
    'Request a reseller relationship: a personalized link, a draft email to edit, a mailto URL and clipboard text; optionally sent from here.',
  tag: 'Customers',
  handler: 'functions/customers/create-customer-invitation.ts',
  auth: 'user',
  permission: 'customers:invite',
  request: { body: CreateCustomerInvitationRequest },
  responses: {
    201: { description: 'Created.', body: CustomerInvitationCreated },
    403: { description: 'Asking for delegated admin needs an admin agent or a global admin.' },
    409: { description: 'Not an active partner, or the provider is not actively linked.' },
    422: { description: 'An edited body without the link, or a customer outside your region’s markets.' },
  },
  grants: { table: 'readWrite' },
  idempotency: { mode: 'redact', fields: ['link', 'draftEmail', 'mailtoUrl', 'clipboardText'] },
});

export const listCustomers = defineRoute({
  operationId: 'listCustomers',
  method: 'GET',
  path: '/v1/customers',
  summary: 'The Customers page: the partner’s customers, searchable by name or domain, with opaque cursors.',
  tag: 'Customers',
  handler: 'functions/customers/list-customers.ts',
  auth: 'user',
  permission: 'customers:read',
  request: { query: ListCustomersQuery },
  responses: { 200: { description: 'A page of customers.', body: CustomerPage } },
  grants: { table: 'read' },
});

export const getCustomer = defineRoute({
  operationId: 'getCustomer',
  method: 'GET',
  path: '/v1/customers/{customerId}',
  summary: 'A customer’s expanded record: account, subscriptions, users and licenses.',
  tag: 'Customers',
  handler: 'functions/customers/get-customer.ts',
  auth: 'user',
  permission: 'customers:read',
  request: { params: CustomerParams },
  responses: {
    200: { description: 'The customer.', body: CustomerDetail },
    404: { description: 'Not a customer of yours.' },
  },
  grants: { table: 'read' },
});

export const listCustomerRelationships = defineRoute({
  operationId: 'listCustomerRelationships',
  method: 'GET',
  path: '/v1/customer-relationships',
  summary: 'The customer’s consent ledger: every partner on its tenant, its role and grants, with the removal action.',
  tag: 'Customers',
  handler: 'functions/customers/list-customer-relationships.ts',
  auth: 'user',
  permission: 'tenant:manage',
  responses: { 200: { description: 'The partners on the tenant.', body: ConsentLedger } },
  grants: { table: 'read' },
});

export const removeDelegatedAdmin = defineRoute({
  operationId: 'removeDelegatedAdmin',
  method: 'POST',
  path: '/v1/customer-relationships/{partnerId}/remove-admin-access',
  summary: 'The customer removes a partner’s admin permissions; the relationship stays, and the partner is told.',
  tag: 'Customers',
  handler: 'functions/customers/remove-delegated-admin.ts',
  auth: 'user',
  permission: 'tenant:manage',
  request: { params: PartnerParams },
  responses: {
    200: { description: 'Removed.', body: ConsentLedger },
    404: { description: 'No such partner on the tenant.' },
    409: { description: 'That partner holds no admin permissions.' },
  },
  grants: { table: 'readWrite' },
});

export const listCustomerUsers = defineRoute({
  operationId: 'listCustomerUsers',
  method: 'GET',
  path: '/v1/customers/{customerId}/users',
  summary: 'The customer’s users, on its behalf (needs its admin permissions).',
  tag: 'Customers',
  handler: 'functions/customers/list-customer-users.ts',
  auth: 'user',
  permission: 'customers:administer',
  request: { params: CustomerParams, query: PageQuery },
  responses: {
    200: { description: 'A page of users.', body: CustomerUserPage },
    403: { description: 'No admin permissions for this customer.' },
    404: { description: 'Not a customer of yours.' },
  },
  grants: { table: 'read' },
});

export const createCustomerUser = defineRoute({
  operationId: 'createCustomerUser',
  method: 'POST',
  path: '/v1/customers/{customerId}/users',
  summary: 'Add a user to the customer’s tenant on its behalf; answers the temporary password once.',
  tag: 'Customers',
  handler: 'functions/customers/create-customer-user.ts',
  auth: 'user',
  permission: 'customers:administer',
  request: { params: CustomerParams, body: CreateCustomerUserRequest },
  responses: {
    201: { description: 'Added.', body: CreateCustomerUserResponse },
    403: { description: 'No admin permissions.' },
    409: { description: 'Email taken.' },
  },
  grants: { table: 'readWrite', cognito: ['AdminCreateUser', 'AdminDeleteUser'] },
  idempotency: { mode: 'redact', fields: ['temporaryPassword'] },
});

export const assignLicenses = defineRoute({
  operationId: 'assignLicenses',
  method: 'POST',
  path: '/v1/customers/{customerId}/users/{userId}/licenses',
  summary: 'Assign or remove a license of one of the customer’s subscriptions to one of its users.',
  tag: 'Customers',
  handler: 'functions/customers/assign-licenses.ts',
  auth: 'user',
  permission: 'customers:administer',
  request: { params: CustomerUserParams, body: AssignLicensesRequest },
  responses: {
    200: { description: 'The user’s licenses.', body: CustomerUser },
    404: { description: 'No such user or subscription of this customer.' },
    409: { description: 'No license left, or not assigned.' },
  },
  grants: { table: 'readWrite' },
});

export const listOffers = defineRoute({
  operationId: 'listOffers',
  method: 'GET',
  path: '/v1/offers',
  summary: 'The offer catalogue with prices in a market’s currency.',
  tag: 'Customers',
  handler: 'functions/customers/list-offers.ts',
  auth: 'user',
  permission: 'customers:read',
  request: { query: OffersQuery },
  responses: { 200: { description: 'Offers.', body: Offers }, 422: { description: 'Not a CSP market.' } },
  grants: { table: 'read' },
});

export const upsertOffer = defineRoute({
  operationId: 'upsertOffer',
  method: 'PUT',
  path: '/v1/operator/offers',
  summary: 'Add or change a catalogue offer and its prices per currency.',
  tag: 'Operations',
  handler: 'functions/customers/upsert-offer.ts',
  auth: 'user',
  permission: 'operator:reference-data',
  request: { body: UpsertOfferRequest },
  responses: { 200: { description: 'Stored: the offer as it now is.', body: UpsertOfferRequest } },
  grants: { table: 'readWrite' },
});

export const submitOrder = defineRoute({
  operationId: 'submitOrder',
  method: 'POST',
  path: '/v1/customers/{customerId}/orders',
  summary: 'Order new subscriptions or more licenses for a customer; records the revenue of its reseller of record.',
  tag: 'Customers',
  handler: 'functions/customers/submit-order.ts',
  auth: 'user',
  permission: 'orders:submit',
  request: { params: CustomerParams, body: OrderRequest },
  responses: {
    201: { description: 'Ordered.', body: Order },
    403: {
      description:
        'No reseller relationship with the customer, a restricted direct-bill partner, or a reseller that must order through its provider (the problem says what is missing).',
    },
    422: { description: 'An unknown offer, a quantity over the limit, or a customer outside your region’s markets.' },
  },
  grants: { table: 'readWrite' },
});

export const listSubscriptions = defineRoute({
  operationId: 'listSubscriptions',
  method: 'GET',
  path: '/v1/customers/{customerId}/subscriptions',
  summary: 'The customer’s subscriptions.',
  tag: 'Customers',
  handler: 'functions/customers/list-subscriptions.ts',
  auth: 'user',
  permission: 'customers:read',
  request: { params: CustomerParams },
  responses: { 200: { description: 'Subscriptions.', body: z.object({ items: z.array(Subscription) }) } },
  grants: { table: 'read' },
});

export const updateSubscription = defineRoute({
  operationId: 'updateSubscription',
  method: 'PATCH',
  path: '/v1/customers/{customerId}/subscriptions/{subscriptionId}',
  summary:
    'Manage a subscription on the customer’s behalf: change its number of licenses (more is an order), suspend or reactivate it. The customer is told. If-Match (the version read) makes a change made meanwhile answer 412 instead of being overwritten.',
  tag: 'Customers',
  handler: 'functions/customers/update-subscription.ts',
  auth: 'user',
  permission: 'subscriptions:manage',
  request: { params: SubscriptionParams, body: UpdateSubscriptionRequest },
  responses: {
    200: { description: 'The subscription as it is now.', body: Subscription },
    403: { description: 'An Office 365 subscription needs an admin agent; or no new purchases are allowed.' },
    404: { description: 'No such subscription among the caller’s sales to this customer.' },
    409: { description: 'Fewer licenses than are assigned, already in that status, or changed meanwhile.' },
    412: { description: 'If-Match names a version other than the current one.' },
  },
  grants: { table: 'readWrite' },
});

export const listTenantSubscriptions = defineRoute({
  operationId: 'listTenantSubscriptions',
  method: 'GET',
  path: '/v1/tenant/subscriptions',
  summary: 'As a customer: its own subscriptions, from every partner, with their reseller of record.',
  tag: 'Customers',
  handler: 'functions/customers/list-tenant-subscriptions.ts',
  auth: 'user',
  permission: 'tenant:read',
  request: { query: TenantPageQuery },
  responses: { 200: { description: 'A page of subscriptions.', body: SubscriptionPage } },
  grants: { table: 'read' },
});

export const listRevenue = defineRoute({
  operationId: 'listRevenue',
  method: 'GET',
  path: '/v1/revenue',
  summary: 'Revenue recorded for the organization as reseller of record, by month, with the USD equivalent.',
  tag: 'Customers',
  handler: 'functions/customers/list-revenue.ts',
  auth: 'user',
  permission: 'billing:read',
  request: { query: RevenueQuery },
  responses: { 200: { description: 'The month’s revenue.', body: Revenue } },
  grants: { table: 'read' },
});

export const importCustomerRelationship = defineRoute({
  operationId: 'importCustomerRelationship',
  method: 'POST',
  path: '/v1/operator/customer-relationships',
  summary:
    'Import a customer a partner already serves through another channel; it appears in the partner’s customer list.',
  tag: 'Operations',
  handler: 'functions/customers/import-customer-relationship.ts',
  auth: 'user',
  permission: 'operator:reference-data',
  request: { body: ImportCustomerRequest },
  responses: {
    201: { description: 'Imported.', body: ImportedCustomer },
    404: { description: 'No such partner.' },
  },
  grants: { table: 'readWrite' },
});

export const listLeads = defineRoute({
  operationId: 'listLeads',
  method: 'GET',
  path: '/v1/leads',
  summary: 'Customer leads that reached the partner (its marketing, referrals, its provider).',
  tag: 'Customers',
  handler: 'functions/customers/list-leads.ts',
  auth: 'user',
  permission: 'leads:manage',
  request: { query: PageQuery },
  responses: { 200: { description: 'A page of leads.', body: LeadPage } },
  grants: { table: 'read' },
});

export const createLead = defineRoute({
  operationId: 'createLead',
  method: 'POST',
  path: '/v1/leads',
  summary: 'Record a customer lead.',
  tag: 'Customers',
  handler: 'functions/customers/create-lead.ts',
  auth: 'user',
  permission: 'leads:manage',
  request: { body: LeadRequest },
  responses: { 201: { description: 'Recorded.', body: Lead } },
  grants: { table: 'readWrite' },
});

export const assignLead = defineRoute({
  operationId: 'assignLead',
  method: 'POST',
  path: '/v1/leads/{leadId}/assign',
  summary: 'Assign a lead to a user of the organization.',
  tag: 'Customers',
  handler: 'functions/customers/assign-lead.ts',
  auth: 'user',
  permission: 'leads:manage',
  request: { params: LeadParams, body: AssignLeadRequest },
  responses: { 200: { description: 'Assigned.', body: Lead }, 404: { description: 'No such lead or user.' } },
  grants: { table: 'readWrite' },
});

export const convertLeadToInvitation = defineRoute({
  operationId: 'convertLeadToInvitation',
  method: 'POST',
  path: '/v1/leads/{leadId}/invitation',
  summary: 'Turn a lead into a customer invitation (relationship request) sent to its contact.',
  tag: 'Customers',
  handler: 'functions/customers/convert-lead.ts',
  auth: 'user',
  permission: 'customers:invite',
  request: { params: LeadParams },
  responses: { 201: { description: 'Invited.', body: Lead }, 409: { description: 'Already invited.' } },
  grants: { table: 'readWrite' },
});
