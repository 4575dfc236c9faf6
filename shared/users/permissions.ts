import type { AdminRole, AgentRole, PlatformRole, Roles } from '#shared/users/roles';

/**
 * The one permission table (operation x role), transcribed from seed 000's "Assign user permissions";
 * where the seed is silent we follow Partner Center's public role documentation, and say so in `source`.
 * Every route names the permission it needs; the handler wrapper checks it on every call, and the
 * capabilities endpoint and docs/permissions.md are generated from this same object. Pure.
 */
export interface Grant {
  description: string;
  agentRoles: readonly AgentRole[];
  adminRoles: readonly AdminRole[];
  platformRoles?: readonly PlatformRole[];
  /** Where the rule comes from: the seed's table, or our choice where it is silent. */
  source: string;
}

const allAgents: readonly AgentRole[] = ['AdminAgent', 'SalesAgent', 'HelpdeskAgent', 'NotAnAgent'];
const allAdmins: readonly AdminRole[] = ['GlobalAdmin', 'UserManagementAdmin', 'BillingAdmin', 'NotAnAdmin'];
const operators = {
  agentRoles: [],
  adminRoles: [],
  platformRoles: ['ProgramOperator'],
  source: 'Program operators only; no partner role grants it.',
} as const;
const seed = 'Seed 000, "Assign user permissions".';

export const permissionTable = {
  'self:read': {
    description: 'See one’s own capabilities',
    agentRoles: allAgents,
    adminRoles: allAdmins,
    platformRoles: ['ProgramOperator'],
    source: 'Our choice: everyone may ask what they may do.',
  },
  'self:manage': {
    description: 'Manage one’s own sign-in (two-step verification)',
    agentRoles: allAgents,
    adminRoles: allAdmins,
    platformRoles: ['ProgramOperator'],
    source: 'Our choice: everyone protects their own account.',
  },
  'enrollment:read': {
    description: 'View the organization’s enrollment and its status',
    agentRoles: allAgents,
    adminRoles: allAdmins,
    source: 'Our choice: every user may see where the enrollment stands.',
  },
  'enrollment:manage': {
    description: 'Enroll the organization in a program, link its PartnerID and answer the review',
    agentRoles: [],
    adminRoles: ['GlobalAdmin'],
    source: 'Seeds 000 and 003: enrollment uses global admin credentials.',
  },
  'agreement:read': {
    description: 'Read partner agreements',
    agentRoles: allAgents,
    adminRoles: allAdmins,
    source: 'Our choice: anyone may read what the organization signs.',
  },
  'agreement:sign': {
    description: 'Sign partner agreements for the organization',
    agentRoles: [],
    adminRoles: ['GlobalAdmin'],
    source: 'Seed 003, step 6: "accept using global admin credentials".',
  },
  'profile:read': {
    description: 'View the organization’s legal and program profile',
    agentRoles: ['AdminAgent', 'SalesAgent'],
    adminRoles: ['GlobalAdmin', 'UserManagementAdmin', 'BillingAdmin'],
    source: `${seed} Helpdesk agents may not view partner profiles; user management admins may view all.`,
  },
  'users:read': {
    description: 'View partner users and their roles',
    agentRoles: [],
    adminRoles: ['GlobalAdmin', 'UserManagementAdmin'],
    source: `${seed} Global admins and user management admins view, create and manage users.`,
  },
  'users:manage': {
    description: 'Add, change and remove partner users',
    agentRoles: [],
    adminRoles: ['GlobalAdmin', 'UserManagementAdmin'],
    source: `${seed} Admin agents may not manage users.`,
  },
  'audit:read': {
    description: 'Read the organization’s audit log (its history of changes)',
    agentRoles: [],
    adminRoles: ['GlobalAdmin', 'UserManagementAdmin'],
    platformRoles: ['ProgramOperator'],
    source:
      'Our choice, after Partner Center: the audit log is for the admins who answer for the account; program operators read any organization’s.',
  },
  'support:partner': {
    description: 'Create and view support tickets for the platform itself',
    agentRoles: [],
    adminRoles: ['GlobalAdmin'],
    source: `${seed} Admin agents may not open service requests for Partner Center.`,
  },
  'support:customers': {
    description: 'Create and view service requests on behalf of customers',
    agentRoles: ['AdminAgent', 'HelpdeskAgent'],
    adminRoles: ['GlobalAdmin'],
    source: `${seed} Admin and helpdesk agents request support on behalf of customers.`,
  },
  'support:read': {
    description:
      'Open and view service requests (platform tickets need support:partner, customer requests support:customers)',
    agentRoles: ['AdminAgent', 'HelpdeskAgent'],
    adminRoles: ['GlobalAdmin'],
    source: 'The union of support:partner and support:customers.',
  },
  'support:converse': {
    description:
      'Read, comment on and move a service request: the partner that opened it, the customer it is for, or program operators for platform tickets',
    agentRoles: ['AdminAgent', 'HelpdeskAgent'],
    adminRoles: ['GlobalAdmin'],
    platformRoles: ['ProgramOperator'],
    source:
      'Our choice: whoever may open or view a request may follow it; a customer’s global admin follows what is opened for it; operators answer platform tickets.',
  },
  'customers:read': {
    description: 'Search and view customers',
    agentRoles: ['AdminAgent', 'SalesAgent', 'HelpdeskAgent'],
    adminRoles: ['GlobalAdmin'],
    source: `${seed} Helpdesk agents search and view customers; sales agents manage them (Partner Center docs).`,
  },
  'customers:invite': {
    description: 'Request reseller relationships with customers',
    agentRoles: ['AdminAgent', 'SalesAgent'],
    adminRoles: ['GlobalAdmin'],
    source: `${seed} Helpdesk agents may not request customer relationships; sales agents may (Partner Center docs).`,
  },
  'customers:delegated-admin': {
    description: 'Request delegated admin privileges for customers',
    agentRoles: ['AdminAgent'],
    adminRoles: ['GlobalAdmin'],
    source: seed,
  },
  'customers:administer': {
    description: 'Administer customers on their behalf: their users and licenses',
    agentRoles: ['AdminAgent'],
    adminRoles: ['GlobalAdmin'],
    source: `${seed} Sales agents may not administer on behalf of customers.`,
  },
  'subscriptions:manage': {
    description:
      'Manage customers’ subscriptions and services on their behalf (Office 365 subscriptions need an admin agent)',
    agentRoles: ['AdminAgent', 'HelpdeskAgent'],
    adminRoles: ['GlobalAdmin'],
    source: `${seed} Helpdesk agents manage subscriptions on behalf of customers, except Office 365 ones (admin agents).`,
  },
  'orders:submit': {
    description: 'Submit orders for customers',
    agentRoles: ['AdminAgent', 'SalesAgent'],
    adminRoles: ['GlobalAdmin'],
    source: 'Partner Center docs: sales agents and admin agents place orders.',
  },
  'leads:manage': {
    description: 'Manage customer leads',
    agentRoles: ['AdminAgent', 'SalesAgent'],
    adminRoles: ['GlobalAdmin'],
    source: `${seed} Helpdesk agents may not manage customer leads.`,
  },
  'billing:read': {
    description: 'View billing data and revenue',
    agentRoles: [],
    adminRoles: ['GlobalAdmin', 'BillingAdmin'],
    source: `${seed} Billing admins access invoices.`,
  },
  'invitations:read': {
    description: 'View the invitations the organization sent and received',
    agentRoles: ['AdminAgent', 'SalesAgent'],
    adminRoles: ['GlobalAdmin'],
    source: 'The union of those who may invite resellers (providers:invite) and customers (customers:invite).',
  },
  'invitations:answer': {
    description:
      'Accept or decline an invitation addressed to the organization: a provider’s (as reseller) or a reseller’s (as customer)',
    agentRoles: [],
    adminRoles: ['GlobalAdmin'],
    source:
      'Seed 000 (only global admins accept partnership requests) and seed 002 (the customer’s global admin accepts).',
  },
  'invitations:manage': {
    description: 'Resend and revoke invitations (each kind also needs its own invite permission)',
    agentRoles: ['AdminAgent', 'SalesAgent'],
    adminRoles: ['GlobalAdmin'],
    source: 'The union of providers:invite and customers:invite; the handler checks the one of the invitation’s kind.',
  },
  'providers:read': {
    description: 'View linked indirect providers and resellers',
    agentRoles: ['AdminAgent', 'SalesAgent'],
    adminRoles: ['GlobalAdmin'],
    source: 'Our choice: the people who work with customers see the partners they share them with.',
  },
  'providers:invite': {
    description: 'Invite indirect resellers (indirect providers)',
    agentRoles: ['AdminAgent'],
    adminRoles: ['GlobalAdmin'],
    source: 'Our choice, by analogy with customer relationship requests.',
  },
  'providers:accept': {
    description: 'Accept a partnership request from an indirect provider',
    agentRoles: [],
    adminRoles: ['GlobalAdmin'],
    source: `${seed} Only global admins accept partnership requests from indirect providers.`,
  },
  'providers:manage': {
    description: 'Suspend or end provider links and their admin access',
    agentRoles: [],
    adminRoles: ['GlobalAdmin'],
    source: 'Our choice: ending a partnership is a global admin’s decision, like accepting it.',
  },
  'directbill:manage': {
    description: 'Check direct-bill eligibility and apply',
    agentRoles: [],
    adminRoles: ['GlobalAdmin'],
    source: 'Seed 001: "Appropriate roles: global admin".',
  },
  'tenant:manage': {
    description:
      'See every partner on the organization’s own tenant and remove their admin permissions (as a customer)',
    agentRoles: [],
    adminRoles: ['GlobalAdmin'],
    source:
      'Seed 002: customers reassign or remove admin permissions; a customer’s global admin accepts relationships.',
  },
  'health:read': {
    description: 'See the health of cloud services by product and region',
    agentRoles: ['AdminAgent', 'HelpdeskAgent'],
    adminRoles: ['GlobalAdmin'],
    platformRoles: ['ProgramOperator'],
    source: `${seed} Admin and helpdesk agents see service health; global admins see everything; operators report it.`,
  },
  'integrations:read': {
    description: 'Follow the organization’s event feed (its integrations’ way to learn of changes)',
    agentRoles: ['AdminAgent'],
    adminRoles: ['GlobalAdmin'],
    source: 'Our choice: the people who run the organization’s own systems against the program (admin agents).',
  },
  'integrations:manage': {
    description: 'Register, list and delete webhook endpoints; read their delivery log and redeliver',
    agentRoles: [],
    adminRoles: ['GlobalAdmin'],
    source: 'Our choice: an endpoint receives every change of the organization, so only a global admin sends them out.',
  },
  'tenant:read': {
    description: 'See the organization’s own subscriptions and the service requests opened for it (as a customer)',
    agentRoles: [],
    adminRoles: ['GlobalAdmin', 'BillingAdmin'],
    source: 'Our choice: a customer’s global admin sees its tenant; its billing admin sees what it pays for.',
  },
  'operator:review': { description: 'Review enrollments and applications (program operators)', ...operators },
  'operator:reference-data': {
    description:
      'Keep reference data: partner directory, business registry, existing partners, catalogue (program operators)',
    ...operators,
  },
  'operator:operations': {
    description: 'Watch the platform’s effects and redrive those that failed for good (program operators)',
    ...operators,
  },
} as const satisfies Record<string, Grant>;

export type Permission = keyof typeof permissionTable;
export const permissions = Object.keys(permissionTable) as Permission[];

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

/** The permissions a set of roles holds. */
export function grantedPermissions(roles: Roles): Permission[] {
  return permissions.filter((permission) => isGranted(roles, permission));
}

/** True when `next` grants some permission that `current` does not: raising one's own roles. */
export function raisesPermissions(current: Roles, next: Roles): boolean {
  const held = new Set(grantedPermissions(current));
  return grantedPermissions(next).some((permission) => !held.has(permission));
}
