import type { Member } from '#shared/users/organizations-store';

export function customerUser(member: Member & { licenses?: string[] }) {
  return {
    userId: member.userId,
    fullName: member.fullName,
    email: member.email,
    licenses: member.licenses ?? [],
    createdAt: member.createdAt,
  };
}
