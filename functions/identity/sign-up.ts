import { httpHandler, reply } from '#shared/http/handler';
import { signUp } from '#shared/identity/routes';
import { createIdentity, deleteIdentity } from '#shared/platform/aws/identity';
import { newId, newTemporaryPassword } from '#shared/platform/crypto';
import { DependencyError } from '#shared/platform/errors';
import { createOrganizationWithAdmin, deleteOrganizationWithAdmin } from '#shared/users/organizations-store';
import { founderRoles } from '#shared/users/roles';

/**
 * The table is the authority: the email is claimed there first (409 when taken, nothing else written), then
 * the identity is created. If the identity provider fails, the claim is released first (it does not depend
 * on the provider), then any half-created identity is removed on a best-effort basis: without a membership
 * and an email claim it cannot be used.
 */
export const handler = httpHandler(signUp, async ({ body, correlationId, log }) => {
  const userId = newId();
  const organizationId = newId();
  const { admin } = body;
  const { member } = await createOrganizationWithAdmin(
    { organizationId, legalName: body.organization.legalName, country: body.organization.country },
    { userId, email: admin.email, fullName: admin.fullName, language: admin.language, ...founderRoles },
    correlationId,
  );
  try {
    await createIdentity({
      userId,
      email: admin.email,
      temporaryPassword: newTemporaryPassword(),
      permanentPassword: admin.password,
    });
  } catch (error) {
    log.warn('identity creation failed: releasing the sign-up', { error });
    await deleteOrganizationWithAdmin(organizationId, userId, admin.email);
    await deleteIdentity(userId).catch((cleanup: Error) =>
      log.warn('orphan identity left for cleanup', { userId, error: cleanup.message }),
    );
    throw new DependencyError('Creating the user', error);
  }
  return reply.created(
    {
      organizationId,
      userId,
      email: member.email,
      roles: { agentRole: member.agentRole, adminRole: member.adminRole },
    },
    `/v1/organizations/${organizationId}`,
  );
});
