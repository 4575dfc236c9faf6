import { httpHandler, reply } from '#shared/http/handler';
import { listOrganizationHistory } from '#shared/platform/audit-store';
import { listAuditLog } from '#shared/users/routes';

/** The caller's organization's own history: the events of its changes, newest first. */
export const handler = httpHandler(listAuditLog, async ({ query, caller }) =>
  reply.ok(await listOrganizationHistory(caller.organizationId, query)),
);
