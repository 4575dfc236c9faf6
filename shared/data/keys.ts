/** Key builders of the single table. One place, so the access-pattern table in docs/data-model.md stays true. */
export const keys = {
  organization: (organizationId: string) => ({ pk: `ORG#${organizationId}`, sk: 'PROFILE' }),
  emailClaim: (email: string) => ({ pk: `EMAIL#${email.toLowerCase()}`, sk: 'EMAIL' }),
  user: (userId: string) => ({ pk: `USER#${userId}`, sk: 'PROFILE' }),
  organizationUsers: (organizationId: string) => `ORG#${organizationId}#USERS`,
  enrollment: (organizationId: string) => ({ pk: `ORG#${organizationId}`, sk: 'ENROLLMENT#IndirectReseller' }),
  token: (tokenHash: string) => ({ pk: `TOKEN#${tokenHash}`, sk: 'TOKEN' }),
  effect: (eventId: string, effect: string) => ({ pk: `EFFECT#${eventId}`, sk: effect }),
  challenge: (sessionHash: string) => ({ pk: `CHALLENGE#${sessionHash}`, sk: 'CHALLENGE' }),
} as const;
