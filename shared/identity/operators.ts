import { createIdentity } from '#shared/platform/aws/identity';
import { newId, newTemporaryPassword } from '#shared/platform/crypto';
import { createOrganizationWithAdmin, findUserIdByEmail } from '#shared/users/organizations-store';

/**
 * Creates a program operator: a user of the "Program operations" organization holding the ProgramOperator
 * platform role and no partner role. Operators are created by this function (the local seed, or
 * `npm run operator:create` against a deployed stack), never through the partner API.
 */
export async function createOperator(input: {
  email: string;
  fullName: string;
  password: string;
}): Promise<{ userId: string; created: boolean }> {
  const existing = await findUserIdByEmail(input.email);
  if (existing) return { userId: existing, created: false };
  const userId = newId();
  await createOrganizationWithAdmin(
    { organizationId: newId(), legalName: 'Program operations', country: 'US' },
    {
      userId,
      email: input.email.toLowerCase(),
      fullName: input.fullName,
      language: 'en',
      agentRole: 'NotAnAgent',
      adminRole: 'NotAnAdmin',
      platformRole: 'ProgramOperator',
    },
    'operator-seed',
  );
  await createIdentity({
    userId,
    email: input.email,
    temporaryPassword: newTemporaryPassword(),
    permanentPassword: input.password,
  });
  return { userId, created: true };
}
