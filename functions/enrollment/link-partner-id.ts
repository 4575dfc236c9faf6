import { linkPartnerIdFor } from '#shared/enrollment/actions';
import { linkPartnerId } from '#shared/enrollment/routes';
import { toEnrollmentView } from '#shared/enrollment/store';
import { httpHandler, reply } from '#shared/http/handler';
import { ifMatchVersion } from '#shared/http/versions';

/** Links a PartnerID (200), or asks its directory contact to confirm first (202: nothing is linked yet). */
export const handler = httpHandler(linkPartnerId, async ({ params, body, headers, caller, correlationId }) => {
  const outcome = await linkPartnerIdFor(
    caller,
    params.enrollmentId,
    body.partnerId,
    correlationId,
    ifMatchVersion(headers, false),
  );
  return 'linked' in outcome ? reply.ok(toEnrollmentView(outcome.linked)) : reply.status(202, outcome);
});
