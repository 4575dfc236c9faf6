import type { AdminRole, AgentRole, PlatformRole, Roles } from './roles';

/**
 * The one permission table (operation x role), transcribed from seed 000's "Assign user permissions"; where
 * the seed is silent we follow Partner Center's public role documentation (choices in docs/permissions.md).
 * Every route names the permission it needs; the handler wrapper checks it on every call, and the
 * capabilities endpoint and the docs table are generated from this same object. Pure.
 */
export interface Grant {
  description: string;
  agentRoles: readonly AgentRole[];
  adminRoles: readonly AdminRole[];
  platformRoles?: readonly PlatformRole[];
}

const allAgents: readonly AgentRole[] = ['AdminAgent', 'SalesAgent', 'HelpdeskAgent', 'NotAnAgent'];
const allAdmins: readonly AdminRole[] = ['GlobalAdmin', 'UserManagementAdmin', 'BillingAdmin', 'NotAnAdmin'];
const operators = { agentRoles: [], adminRoles: [], platformRoles: ['ProgramOperator'] } as const;

export const permissionTable = {
  'enrollment:read': { description: 'View the organization’s enrollment and its status', agentRoles: allAgents, adminRoles: allAdmins },
  'enrollment:manage': { description: 'Enroll the organization in a program, link its PartnerID and answer the review', agentRoles: [], adminRoles: ['GlobalAdmin'] },
  'agreement:read': { description: 'Read partner agreements', agentRoles: allAgents, adminRoles: allAdmins },
  'agreement:sign': { description: 'Sign partner agreements for the organization', agentRoles: [], adminRoles: ['GlobalAdmin'] },
  'profile:read': {
    description: 'View the organization’s legal and program profile',
    agentRoles: ['AdminAgent', 'SalesAgent'],
    adminRoles: ['GlobalAdmin', 'UserManagementAdmin', 'BillingAdmin'],
  },
  'operator:review': { description: 'Review enrollments (program operators)', ...operators },
  'operator:reference-data': { description: 'Import the partner directory, the business registry and existing partners (program operators)', ...operators },
} as const satisfies Record<string, Grant>;

export type Permission = keyof typeof permissionTable;

export function isGranted(roles: Roles, permission: Permission): boolean {
  const grant: Grant = permissionTable[permission];
  return (
    grant.agentRoles.includes(roles.agentRole) ||
    grant.adminRoles.includes(roles.adminRole) ||
    (roles.platformRole !== undefined && (grant.platformRoles ?? []).includes(roles.platformRole))
  );
}

/** Which roles grant a permission, for denials that explain themselves. */
export function grantingRoles(permission: Permission): string[] {
  const grant: Grant = permissionTable[permission];
  return [...grant.adminRoles, ...grant.agentRoles, ...(grant.platformRoles ?? [])];
}
