import { agreementCatalog } from '#shared/enrollment/agreements';
import type { Attestation } from '#shared/enrollment/schemas';
import { answerWaitingStep, getOwnEnrollment, wrongState } from '#shared/enrollment/store';
import { requirePermission } from '#shared/http/handler';
import { clock } from '#shared/platform/clock';
import { ConflictError, ValidationError } from '#shared/platform/errors';
import { publicLink } from '#shared/platform/links';
import type { Member } from '#shared/users/organizations-store';

/**
 * A global admin signs the current partner agreement, once the enrollment is approved and a valid PartnerID
 * is linked (seed 003). The attestation records who, what, when and from where; activation follows.
 */
export async function signAgreement(
  caller: Member,
  enrollmentId: string,
  version: string,
  client: { ip: string; userAgent: string },
  correlationId: string,
): Promise<Attestation> {
  requirePermission(caller, 'agreement:sign');
  const enrollment = await getOwnEnrollment(caller.organizationId, enrollmentId, true);
  if (enrollment.state !== 'AwaitingSignature') throw wrongState(enrollment.state, 'be signed');
  if (enrollment.checks?.partnerId?.status !== 'Valid') {
    throw new ConflictError('Link a valid PartnerID for this location before signing (linkPartnerId).', {
      enrollmentState: enrollment.state,
      missing: 'partnerId',
    });
  }
  const current = agreementCatalog.PartnerAgreement!.current;
  if (version !== current)
    throw new ValidationError([
      { in: 'body', field: 'agreementVersion', message: `must be the current version (${current})` },
    ]);
  const attestation: Attestation = {
    agreementType: 'PartnerAgreement',
    agreementVersion: version,
    agreementLink: publicLink(`/v1/agreements/PartnerAgreement/versions/${version}`),
    signerId: caller.userId,
    signerName: caller.fullName,
    signerEmail: caller.email,
    signedAt: clock.nowIso(),
    ipAddress: client.ip,
    userAgent: client.userAgent.slice(0, 512),
  };
  await answerWaitingStep({
    record: enrollment,
    move: 'sign',
    step: 'Signature',
    to: 'Signed',
    change: { set: { agreement: attestation } },
    event: { type: 'AgreementSigned', payload: { signerId: caller.userId, agreementVersion: version } },
    correlationId,
    action: 'be signed',
  });
  return attestation;
}
