import { operations } from '#shared/app/operations';
import { httpHandler, reply } from '#shared/http/handler';
import { isGranted, permissions, permissionTable } from '#shared/users/permissions';
import { getMyCapabilities } from '#shared/users/routes';

/** From the permission table and the route declaration (its generated table): what this caller may do, and call. */
export const handler = httpHandler(getMyCapabilities, async ({ caller }) =>
  reply.ok({
    userId: caller.userId,
    organizationId: caller.organizationId,
    roles: {
      agentRole: caller.agentRole,
      adminRole: caller.adminRole,
      ...(caller.platformRole ? { platformRole: caller.platformRole } : {}),
    },
    permissions: Object.fromEntries(
      permissions.map((permission) => [
        permission,
        { granted: isGranted(caller, permission), description: permissionTable[permission].description },
      ]),
    ),
    operations: operations
      .filter(([, grant]) => grant === 'public' || (grant && isGranted(caller, grant)))
      .map(([operationId]) => operationId),
  }),
);
