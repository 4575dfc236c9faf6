import { defineRoute } from '#shared/http/route';
import {
  Capabilities,
  CreatePartnerUserRequest,
  CreatePartnerUserResponse,
  CreateServiceRequest,
  ListServiceRequestsQuery,
  ListUsersQuery,
  PartnerUser,
  ServiceRequest,
  ServiceRequestPage,
  UpdateRolesRequest,
  UserIdParams,
  UserPage,
} from '#shared/users/schemas';

const cognitoAdmin = ['AdminCreateUser', 'AdminDeleteUser'] as const;

export const createPartnerUser = defineRoute({
  operationId: 'createPartnerUser',
  method: 'POST',
  path: '/v1/users',
  summary: 'Add a partner user with an agent role and an admin role; answers its temporary password exactly once.',
  tag: 'Users',
  handler: 'functions/users/create-partner-user.ts',
  auth: 'user',
  permission: 'users:manage',
  request: { body: CreatePartnerUserRequest },
  responses: {
    201: { description: 'Added. The temporary password is in this response only.', body: CreatePartnerUserResponse },
    403: { description: 'The caller may not manage users, or may not grant global admin.' },
    409: { description: 'The email is already registered.' },
  },
  grants: { table: 'readWrite', cognito: cognitoAdmin },
  idempotency: { mode: 'redact', fields: ['temporaryPassword'] },
});

export const listPartnerUsers = defineRoute({
  operationId: 'listPartnerUsers',
  method: 'GET',
  path: '/v1/users',
  summary: 'The organization’s users by name, searchable by name or email, with opaque cursors.',
  tag: 'Users',
  handler: 'functions/users/list-partner-users.ts',
  auth: 'user',
  permission: 'users:read',
  request: { query: ListUsersQuery },
  responses: { 200: { description: 'A page of users.', body: UserPage } },
  grants: { table: 'read' },
});

export const getPartnerUser = defineRoute({
  operationId: 'getPartnerUser',
  method: 'GET',
  path: '/v1/users/{userId}',
  summary: 'One user of the organization, with an ETag for role changes.',
  tag: 'Users',
  handler: 'functions/users/get-partner-user.ts',
  auth: 'user',
  permission: 'users:read',
  request: { params: UserIdParams },
  responses: {
    200: { description: 'The user.', body: PartnerUser },
    404: { description: 'No such user in the organization.' },
  },
  grants: { table: 'read' },
});

export const updatePartnerUserRoles = defineRoute({
  operationId: 'updatePartnerUserRoles',
  method: 'PUT',
  path: '/v1/users/{userId}/roles',
  summary:
    'Change a user’s agent and admin roles, conditional on its version (If-Match). Takes effect on the user’s next request.',
  tag: 'Users',
  handler: 'functions/users/update-partner-user-roles.ts',
  auth: 'user',
  permission: 'users:manage',
  request: { params: UserIdParams, body: UpdateRolesRequest },
  responses: {
    200: { description: 'Changed.', body: PartnerUser },
    403: { description: 'Raising one’s own roles, or granting global admin without being one.' },
    409: { description: 'The last global admin cannot be demoted.' },
    412: { description: 'The user changed since it was read.' },
    428: { description: 'If-Match is required.' },
  },
  grants: { table: 'readWrite' },
});

export const deletePartnerUser = defineRoute({
  operationId: 'deletePartnerUser',
  method: 'DELETE',
  path: '/v1/users/{userId}',
  summary: 'Remove a user: sign-in and every call stop at once.',
  tag: 'Users',
  handler: 'functions/users/delete-partner-user.ts',
  auth: 'user',
  permission: 'users:manage',
  request: { params: UserIdParams },
  responses: {
    204: { description: 'Removed.' },
    409: { description: 'The last global admin cannot be removed.' },
    412: { description: 'The user changed since it was read.' },
  },
  grants: { table: 'readWrite' },
});

export const getMyCapabilities = defineRoute({
  operationId: 'getMyCapabilities',
  method: 'GET',
  path: '/v1/me/capabilities',
  summary: 'What the caller may do in its organization: every permission of the table, and the operations it opens.',
  tag: 'Users',
  handler: 'functions/users/get-my-capabilities.ts',
  auth: 'user',
  permission: 'self:read',
  responses: { 200: { description: 'The caller’s capabilities.', body: Capabilities } },
  grants: {},
});

export const createServiceRequest = defineRoute({
  operationId: 'createServiceRequest',
  method: 'POST',
  path: '/v1/service-requests',
  summary:
    'Open a support ticket for the platform (global admin) or a service request on behalf of a customer (admin and helpdesk agents).',
  tag: 'Support',
  handler: 'functions/users/create-service-request.ts',
  auth: 'user',
  permission: 'support:read',
  request: { body: CreateServiceRequest },
  responses: {
    201: { description: 'Opened.', body: ServiceRequest },
    403: { description: 'The caller’s roles do not cover this category.' },
    404: { description: 'No reseller relationship with that customer.' },
  },
  grants: { table: 'readWrite' },
});

export const listServiceRequests = defineRoute({
  operationId: 'listServiceRequests',
  method: 'GET',
  path: '/v1/service-requests',
  summary: 'The organization’s service requests the caller may see, newest first.',
  tag: 'Support',
  handler: 'functions/users/list-service-requests.ts',
  auth: 'user',
  permission: 'support:read',
  request: { query: ListServiceRequestsQuery },
  responses: { 200: { description: 'A page of service requests.', body: ServiceRequestPage } },
  grants: { table: 'read' },
});
