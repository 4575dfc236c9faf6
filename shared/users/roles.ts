/**
 * Partner Center's two role axes (seed 000, "Assign user permissions"): every user holds exactly one agent
 * role and one admin role, where "not an agent" and "not an admin" are roles too. Program operators (who
 * review enrollments and keep reference data) are not partner users: they hold a platform role, which no
 * partner role can grant. Pure.
 */
export const agentRoles = ['AdminAgent', 'SalesAgent', 'HelpdeskAgent', 'NotAnAgent'] as const;
export const adminRoles = ['GlobalAdmin', 'UserManagementAdmin', 'BillingAdmin', 'NotAnAdmin'] as const;
export const platformRoles = ['ProgramOperator'] as const;
export type AgentRole = (typeof agentRoles)[number];
export type AdminRole = (typeof adminRoles)[number];
export type PlatformRole = (typeof platformRoles)[number];

export interface Roles {
  agentRole: AgentRole;
  adminRole: AdminRole;
  platformRole?: PlatformRole;
}

/** The first user of a new work account: its global admin. The admin agent role comes with activation. */
export const founderRoles: Roles = { agentRole: 'NotAnAgent', adminRole: 'GlobalAdmin' };
