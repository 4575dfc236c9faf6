import { clock } from '../../shared/clock';
import { answerWaitingStep, getOwnEnrollment, wrongState } from '../../shared/data/enrollments';
import { agreementCatalog } from '../../shared/domain/agreements';
import { ConflictError, ValidationError } from '../../shared/errors';
import { httpHandler, reply } from '../../shared/http/handler';
import { publicLink } from '../../shared/links';
import { signPartnerAgreement } from '../../shared/routes/enrollment';
import type { Attestation } from '../../shared/schemas/enrollment';

/**
 * A global admin signs the current partner agreement, once the enrollment is approved and a valid PartnerID
 * is linked (seed 003). The attestation records who, what, when and from where; activation follows.
 */
export const handler = httpHandler(signPartnerAgreement, async ({ params, body, caller, client, correlationId }) => {
  const enrollment = await getOwnEnrollment(caller.organizationId, params.enrollmentId, true);
  if (enrollment.state !== 'AwaitingSignature') throw wrongState(enrollment.state, 'be signed');
  if (enrollment.checks?.partnerId?.status !== 'Valid') {
    throw new ConflictError('Link a valid PartnerID for this location before signing (linkPartnerId).', { enrollmentState: enrollment.state, missing: 'partnerId' });
  }
  const current = agreementCatalog[body.agreementType]!.current;
  if (body.agreementVersion !== current) {
    throw new ValidationError([{ in: 'body', field: 'agreementVersion', message: `must be the current version (${current})` }]);
  }
  const attestation: Attestation = {
    agreementType: body.agreementType,
    agreementVersion: body.agreementVersion,
    agreementLink: publicLink(`/v1/agreements/${body.agreementType}/versions/${body.agreementVersion}`),
    signerId: caller.userId,
    signerName: caller.fullName,
    signerEmail: caller.email,
    signedAt: clock.nowIso(),
    ipAddress: client.ip,
    userAgent: client.userAgent.slice(0, 512),
  };
  await answerWaitingStep({
    record: enrollment,
    expected: 'AwaitingSignature',
    step: 'Signature',
    to: 'Signed',
    change: { set: { agreement: attestation } },
    event: { type: 'AgreementSigned', payload: { signerId: caller.userId, agreementVersion: body.agreementVersion } },
    correlationId,
    action: 'be signed',
  });
  return reply.created(attestation, `/v1/enrollments/${enrollment.enrollmentId}`);
});
