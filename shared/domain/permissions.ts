import type { AdminRole, AgentRole, Roles } from './roles';

/**
 * The one permission table (operation x role), transcribed from seed 000's "Assign user permissions".
 * Every route names the permission it needs; the handler wrapper checks it on every call, and the
 * capabilities endpoint and the docs table are generated from this same object. Pure.
 */
export interface Grant {
  description: string;
  agentRoles: readonly AgentRole[];
  adminRoles: readonly AdminRole[];
}

const everyone: Pick<Grant, 'agentRoles' | 'adminRoles'> = {
  agentRoles: ['AdminAgent', 'SalesAgent', 'HelpdeskAgent', 'NotAnAgent'],
  adminRoles: ['GlobalAdmin', 'UserManagementAdmin', 'BillingAdmin', 'NotAnAdmin'],
};

export const permissionTable = {
  'enrollment:read': { description: 'View the organization’s enrollment and program status', ...everyone },
  'enrollment:manage': {
    description: 'Enroll the organization in a program and sign partner agreements',
    agentRoles: [],
    adminRoles: ['GlobalAdmin'],
  },
} as const satisfies Record<string, Grant>;

export type Permission = keyof typeof permissionTable;

export function isGranted(roles: Roles, permission: Permission): boolean {
  const grant: Grant = permissionTable[permission];
  return grant.agentRoles.includes(roles.agentRole) || grant.adminRoles.includes(roles.adminRole);
}

/** Which roles grant a permission, for denials that explain themselves. */
export function grantingRoles(permission: Permission): string[] {
  const grant: Grant = permissionTable[permission];
  return [...grant.adminRoles, ...grant.agentRoles];
}
