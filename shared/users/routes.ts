import { defineRoute } from '#shared/http/route';
import {
  AddServiceRequestComment,
  AuditEventsPage,
  AuditEventsQuery,
  Capabilities,
  ChangeServiceRequestStatus,
  CreatePartnerUserRequest,
  CreatePartnerUserResponse,
  CreateServiceRequest,
  ListServiceRequestsQuery,
  ListUsersQuery,
  PartnerUser,
  ServiceRequest,
  ServiceRequestComment,
  ServiceRequestCommentPage,
  ServiceRequestPage,
  ServiceRequestParams,
  ServiceRequestView,
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

export const getServiceRequest = defineRoute({
  operationId: 'getServiceRequest',
  method: 'GET',
  path: '/v1/service-requests/{serviceRequestId}',
  summary:
    'A service request, for the partner that opened it, the customer it is for, or operators (platform tickets); with the caller’s side and the status changes it may make.',
  tag: 'Support',
  handler: 'functions/users/get-service-request.ts',
  auth: 'user',
  permission: 'support:converse',
  request: { params: ServiceRequestParams },
  responses: {
    200: { description: 'The request.', body: ServiceRequestView },
    404: { description: 'No such request on the caller’s side.' },
  },
  grants: { table: 'read' },
});

export const listServiceRequestComments = defineRoute({
  operationId: 'listServiceRequestComments',
  method: 'GET',
  path: '/v1/service-requests/{serviceRequestId}/comments',
  summary: 'The conversation of a service request, oldest first.',
  tag: 'Support',
  handler: 'functions/users/list-service-request-comments.ts',
  auth: 'user',
  permission: 'support:converse',
  request: { params: ServiceRequestParams, query: ListServiceRequestsQuery },
  responses: {
    200: { description: 'A page of comments.', body: ServiceRequestCommentPage },
    404: { description: 'No such request on the caller’s side.' },
  },
  grants: { table: 'read' },
});

export const addServiceRequestComment = defineRoute({
  operationId: 'addServiceRequestComment',
  method: 'POST',
  path: '/v1/service-requests/{serviceRequestId}/comments',
  summary:
    'Comment on a service request; the other side is told. The requester’s answer takes a request waiting on it back in progress.',
  tag: 'Support',
  handler: 'functions/users/add-service-request-comment.ts',
  auth: 'user',
  permission: 'support:converse',
  request: { params: ServiceRequestParams, body: AddServiceRequestComment },
  responses: {
    201: { description: 'Commented.', body: ServiceRequestComment },
    404: { description: 'No such request on the caller’s side.' },
    409: { description: 'The request is closed, or changed at the same moment.' },
  },
  grants: { table: 'readWrite' },
});

export const changeServiceRequestStatus = defineRoute({
  operationId: 'changeServiceRequestStatus',
  method: 'POST',
  path: '/v1/service-requests/{serviceRequestId}/status',
  summary:
    'Move a service request: the handling side starts, asks the requester, resolves or closes a resolved one; the requester reopens or closes. The other side is told.',
  tag: 'Support',
  handler: 'functions/users/change-service-request-status.ts',
  auth: 'user',
  permission: 'support:converse',
  request: { params: ServiceRequestParams, body: ChangeServiceRequestStatus },
  responses: {
    200: { description: 'Moved.', body: ServiceRequestView },
    404: { description: 'No such request on the caller’s side.' },
    409: { description: 'Not a move the caller’s side may make from this status (names the status).' },
  },
  grants: { table: 'readWrite' },
});

export const listTenantServiceRequests = defineRoute({
  operationId: 'listTenantServiceRequests',
  method: 'GET',
  path: '/v1/tenant/service-requests',
  summary: 'As a customer: the service requests partners opened on its behalf, newest first.',
  tag: 'Support',
  handler: 'functions/users/list-tenant-service-requests.ts',
  auth: 'user',
  permission: 'tenant:read',
  request: { query: ListServiceRequestsQuery },
  responses: { 200: { description: 'A page of service requests.', body: ServiceRequestPage } },
  grants: { table: 'read' },
});

export const listAuditEvents = defineRoute({
  operationId: 'listAuditEvents',
  method: 'GET',
  path: '/v1/audit-events',
  summary:
    'The organization’s history: every change it made or that was made to it, with who made it, newest first (secrets left out). Program operators read any organization’s.',
  tag: 'Users',
  handler: 'functions/users/list-audit-events.ts',
  auth: 'user',
  permission: 'audit:read',
  request: { query: AuditEventsQuery },
  responses: {
    200: { description: 'A page of the history.', body: AuditEventsPage },
    403: { description: 'Another organization’s history, asked by someone other than a program operator.' },
  },
  grants: { table: 'read' },
});
