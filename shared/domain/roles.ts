/**
 * Partner Center's two role axes (seed 000, "Assign user permissions"): every user holds exactly one agent
 * role and one admin role, where "not an agent" and "not an admin" are roles too. Pure.
 */
export const agentRoles = ['AdminAgent', 'SalesAgent', 'HelpdeskAgent', 'NotAnAgent'] as const;
export const adminRoles = ['GlobalAdmin', 'UserManagementAdmin', 'BillingAdmin', 'NotAnAdmin'] as const;
export type AgentRole = (typeof agentRoles)[number];
export type AdminRole = (typeof adminRoles)[number];

export interface Roles {
  agentRole: AgentRole;
  adminRole: AdminRole;
}

/** The first user of a new work account: its global admin. The admin agent role comes with activation. */
export const founderRoles: Roles = { agentRole: 'NotAnAgent', adminRole: 'GlobalAdmin' };
