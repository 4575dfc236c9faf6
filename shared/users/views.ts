import type { Member } from '#shared/users/organizations-store';

/** What a client sees of a user (never internal keys). */
export function toPartnerUser(member: Member) {
  const { userId, organizationId, fullName, email, language, agentRole, adminRole, status, createdAt, version } =
    member;
  return {
    userId,
    organizationId,
    fullName,
    email,
    language,
    agentRole,
    adminRole,
    status,
    emailConfirmed: member.emailVerified !== false,
    createdAt,
    version,
  };
}
