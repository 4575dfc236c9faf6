import { httpHandler, reply } from '#shared/http/handler';
import { etagOf, ifMatchVersion } from '#shared/http/versions';
import { changeUserRoles } from '#shared/users/manage';
import { updatePartnerUserRoles } from '#shared/users/routes';
import { toPartnerUser } from '#shared/users/views';

/** Changes a user's roles, conditional on the version read (If-Match, required); takes effect on its next request. */
export const handler = httpHandler(updatePartnerUserRoles, async ({ params, body, headers, caller, correlationId }) => {
  const updated = await changeUserRoles(caller, params.userId, ifMatchVersion(headers, true)!, body, correlationId);
  return reply.ok(toPartnerUser(updated), { etag: etagOf(updated.version) });
});
