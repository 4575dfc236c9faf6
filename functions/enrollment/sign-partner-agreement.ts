import { signPartnerAgreement } from '#shared/enrollment/routes';
import { signAgreement } from '#shared/enrollment/sign';
import { httpHandler, reply } from '#shared/http/handler';

export const handler = httpHandler(signPartnerAgreement, async ({ params, body, caller, client, correlationId }) => {
  const attestation = await signAgreement(caller, params.enrollmentId, body.agreementVersion, client, correlationId);
  return reply.created(attestation, `/v1/enrollments/${params.enrollmentId}`);
});
