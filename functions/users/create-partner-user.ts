import { httpHandler, reply } from '#shared/http/handler';
import { etagOf } from '#shared/http/versions';
import { publicLink } from '#shared/platform/links';
import { addPartnerUser } from '#shared/users/manage';
import { createPartnerUser } from '#shared/users/routes';
import { toPartnerUser } from '#shared/users/views';

/**
 * Adds a user (Account settings > User management > Add user). The temporary password is in this response
 * only: it is never stored and cannot be retrieved again, and the first sign-in must replace it (seed 000).
 * A user given more than the caller holds gets no visible password: it chooses one through its email link.
 */
export const handler = httpHandler(createPartnerUser, async ({ body, caller, correlationId, log }) => {
  const { member, temporaryPassword } = await addPartnerUser(caller, body, { correlationId, log });
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
