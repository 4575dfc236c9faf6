import { correctEnrollment as correct } from '#shared/enrollment/corrections';
import { correctEnrollment } from '#shared/enrollment/routes';
import { getOwnEnrollment, toEnrollmentView } from '#shared/enrollment/store';
import { httpHandler, reply } from '#shared/http/handler';
import { requireMatch } from '#shared/http/versions';
import { NotFoundError } from '#shared/platform/errors';
import { getOrganization } from '#shared/users/organizations-store';

/** A mistyped contact or legal profile is corrected before the review decides (a new address is verified again). */
export const handler = httpHandler(correctEnrollment, async ({ params, body, headers, caller, correlationId }) => {
  const [enrollment, organization] = await Promise.all([
    getOwnEnrollment(caller.organizationId, params.enrollmentId, true),
    getOrganization(caller.organizationId),
  ]);
  if (!organization) throw new NotFoundError();
  requireMatch(headers, enrollment.version);
  return reply.ok(toEnrollmentView(await correct(enrollment, organization.country, body, correlationId)));
});
