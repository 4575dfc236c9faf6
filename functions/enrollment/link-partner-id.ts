import { checkPartnerId, partnerDirectory, partnerIdCheckMessages } from '#shared/enrollment/partner-directory';
import { linkPartnerId } from '#shared/enrollment/routes';
import { endStates, enrollmentStates } from '#shared/enrollment/rules';
import { getOwnEnrollment, toEnrollmentView, transitionEnrollment } from '#shared/enrollment/store';
import { checkResult } from '#shared/enrollment/workflow-context';
import { httpHandler, reply } from '#shared/http/handler';
import { NotFoundError, ValidationError } from '#shared/platform/errors';
import { getOrganization } from '#shared/users/organizations-store';

const _open = enrollmentStates.filter((state) => state === 'AgreementExpired' || !endStates.includes(state));

/** A PartnerID may be linked at any time before activation; only a valid one is accepted. */
export const handler = httpHandler(linkPartnerId, async ({ params, body, caller, correlationId }) => {
  const [enrollment, organization] = await Promise.all([
    getOwnEnrollment(caller.organizationId, params.enrollmentId, true),
    getOrganization(caller.organizationId),
  ]);
  if (!organization) throw new NotFoundError();
  const status = checkPartnerId(await partnerDirectory.find(body.partnerId), body.partnerId, organization.country);
  if (status !== 'Valid')
    throw new ValidationError([{ in: 'body', field: 'partnerId', message: partnerIdCheckMessages[status] }]);
  const checks = { ...enrollment.checks, partnerId: checkResult('Valid') };
  await transitionEnrollment({
    organizationId: caller.organizationId,
    move: 'linkPartnerId',
    change: { set: { partnerId: body.partnerId, checks } },
    event: { type: 'PartnerIdLinked', payload: { enrollmentId: enrollment.enrollmentId, partnerId: body.partnerId } },
    correlationId,
    action: 'link a PartnerID',
  });
  return reply.ok(
    toEnrollmentView({ ...enrollment, partnerId: body.partnerId, checks, version: enrollment.version + 1 }),
  );
});
