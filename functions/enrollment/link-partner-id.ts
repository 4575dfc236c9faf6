import { requirePartnerIdFor } from '#shared/enrollment/partner-id';
import { linkPartnerId } from '#shared/enrollment/routes';
import { getOwnEnrollment, toEnrollmentView, transitionEnrollment } from '#shared/enrollment/store';
import { checkResult } from '#shared/enrollment/workflow-context';
import { httpHandler, reply } from '#shared/http/handler';
import { NotFoundError } from '#shared/platform/errors';
import { getOrganization, releasePartnerIdItem } from '#shared/users/organizations-store';

/**
 * A PartnerID may be linked at any time before activation. It must pass the PartnerID rule (directory,
 * active, the organization's country, owned by no other organization); the claim is written with the link,
 * and a PartnerID linked before is given up in the same transaction.
 */
export const handler = httpHandler(linkPartnerId, async ({ params, body, caller, correlationId }) => {
  const [enrollment, organization] = await Promise.all([
    getOwnEnrollment(caller.organizationId, params.enrollmentId, true),
    getOrganization(caller.organizationId),
  ]);
  if (!organization) throw new NotFoundError();
  const claim = await requirePartnerIdFor(organization, body.partnerId);
  const previous = enrollment.partnerId && enrollment.partnerId !== body.partnerId ? enrollment.partnerId : undefined;
  const checks = { ...enrollment.checks, partnerId: checkResult('Valid') };
  await transitionEnrollment({
    organizationId: caller.organizationId,
    move: 'linkPartnerId',
    change: { set: { partnerId: body.partnerId, checks } },
    event: { type: 'PartnerIdLinked', payload: { enrollmentId: enrollment.enrollmentId, partnerId: body.partnerId } },
    extra: [claim, ...(previous ? [releasePartnerIdItem(previous, caller.organizationId)] : [])],
    correlationId,
    action: 'link a PartnerID',
  });
  return reply.ok(
    toEnrollmentView({ ...enrollment, partnerId: body.partnerId, checks, version: enrollment.version + 1 }),
  );
});
