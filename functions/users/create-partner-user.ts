import { httpHandler, reply } from '#shared/http/handler';
import { etagOf } from '#shared/http/versions';
import { ForbiddenError } from '#shared/platform/errors';
import { publicLink } from '#shared/platform/links';
import { addUser } from '#shared/users/add';
import { createPartnerUser } from '#shared/users/routes';
import { toPartnerUser } from '#shared/users/views';

/**
 * Adds a user (Account settings > User management > Add user). The temporary password is in this response
 * only: it is never stored and cannot be retrieved again, and the first sign-in must replace it (seed 000).
 * A user given more than the caller holds gets no visible password: it chooses one through its email link.
 */
export const handler = httpHandler(createPartnerUser, async ({ body, caller, correlationId, log }) => {
  if (body.adminRole === 'GlobalAdmin' && caller.adminRole !== 'GlobalAdmin') {
    throw new ForbiddenError('Only a global admin can make another user a global admin.', {
      missingRole: 'GlobalAdmin',
    });
  }
  const { member, temporaryPassword } = await addUser(
    {
      organizationId: caller.organizationId,
      email: body.email,
      fullName: body.fullName,
      language: body.language,
      agentRole: body.agentRole,
      adminRole: body.adminRole,
    },
    { creator: caller, correlationId, log },
  );
  return reply.created(
    {
      user: toPartnerUser(member),
      ...(temporaryPassword ? { temporaryPassword } : {}),
      passwordDelivery: temporaryPassword ? 'ShownOnce' : 'EmailLink',
      signInUrl: publicLink('/v1/pages/sign-in'),
    },
    `/v1/users/${member.userId}`,
    { etag: etagOf(member.version) },
  );
});
