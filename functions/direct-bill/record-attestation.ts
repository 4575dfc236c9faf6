import { recordDirectBillAttestation } from '#shared/direct-bill/routes';
import { evaluate, policyInForce } from '#shared/direct-bill/rules';
import { gatherFacts, getProfile, listPolicies, updateProfile } from '#shared/direct-bill/store';
import { httpHandler, reply } from '#shared/http/handler';
import { clock } from '#shared/platform/clock';

export const handler = httpHandler(recordDirectBillAttestation, async ({ body, caller, correlationId }) => {
  const profile = await getProfile(caller.organizationId);
  const attestations = {
    ...profile.attestations,
    [body.attestation]: { by: caller.userId, at: clock.nowIso(), statement: body.statement },
  };
  await updateProfile(
    profile,
    { attestations },
    { type: 'DirectBillAttested', payload: { attestation: body.attestation } },
    correlationId,
  );
  const now = clock.now();
  const { facts } = await gatherFacts(caller.organizationId, now);
  return reply.ok(evaluate(policyInForce(await listPolicies(), now)!, facts, now));
});
