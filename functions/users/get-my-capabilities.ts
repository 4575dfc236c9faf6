import { routes } from '#shared/app/routes';
import { httpHandler, reply } from '#shared/http/handler';
import { isGranted, permissions, permissionTable } from '#shared/users/permissions';
import { getMyCapabilities } from '#shared/users/routes';

/** Generated from the permission table and the route declaration: what this caller may do, and call. */
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
    operations: routes
      .filter((route) => route.auth === 'public' || (route.permission && isGranted(caller, route.permission)))
      .map((route) => route.operationId),
  }),
);
