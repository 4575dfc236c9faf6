import { answerApplicationStep, requireApplication, toApplicationView } from '#shared/direct-bill/applications-store';
import { signDirectBillAgreement } from '#shared/direct-bill/routes';
import { agreementCatalog } from '#shared/enrollment/agreements';
import { httpHandler, reply } from '#shared/http/handler';
import { clock } from '#shared/platform/clock';
import { publicLink } from '#shared/platform/links';

export const handler = httpHandler(signDirectBillAgreement, async ({ caller, client, correlationId }) => {
  const application = await requireApplication(caller.organizationId);
  const agreement = {
    agreementType: 'DirectBillAgreement',
    agreementVersion: agreementCatalog.DirectBillAgreement!.current,
    agreementLink: publicLink(
      `/v1/agreements/DirectBillAgreement/versions/${agreementCatalog.DirectBillAgreement!.current}`,
    ),
    signerId: caller.userId,
    signerName: caller.fullName,
    signerEmail: caller.email,
    signedAt: clock.nowIso(),
    ipAddress: client.ip,
    userAgent: client.userAgent.slice(0, 512),
  };
  // the attestation rides on the application, in the same conditional write; activation copies it to the organization
  await answerApplicationStep({
    record: application,
    step: 'Agreement',
    to: 'AgreementSigned',
    output: { signed: true },
    set: { agreement },
    correlationId,
    action: 'be signed',
  });
  return reply.ok(toApplicationView(await requireApplication(caller.organizationId)));
});
