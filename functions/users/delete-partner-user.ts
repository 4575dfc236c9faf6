import { httpHandler, reply } from '#shared/http/handler';
import { ifMatchVersion } from '#shared/http/versions';
import { removePartnerUser } from '#shared/users/manage';
import { deletePartnerUser } from '#shared/users/routes';

/** Removes a user; only a global admin removes a global admin, and never the last one. */
export const handler = httpHandler(deletePartnerUser, async ({ params, headers, caller, correlationId }) => {
  await removePartnerUser(caller, params.userId, ifMatchVersion(headers, false), correlationId);
  return reply.noContent();
});
