import { httpHandler, reply, requirePermission } from '#shared/http/handler';
import { listOrganizationHistory } from '#shared/platform/audit-store';
import { listAuditEvents } from '#shared/users/routes';

/** An organization's history, newest first: the caller's own, or any organization's for a program operator. */
export const handler = httpHandler(listAuditEvents, async ({ query, caller }) => {
  const { organizationId = caller.organizationId, ...options } = query;
  if (organizationId !== caller.organizationId) requirePermission(caller, 'operator:operations');
  return reply.ok(await listOrganizationHistory(organizationId, options));
});
