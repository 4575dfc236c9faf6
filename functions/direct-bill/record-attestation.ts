import { clock } from '../../shared/clock';
import { gatherFacts, getProfile, listPolicies, updateProfile } from '../../shared/data/direct-bill';
import { evaluate, policyInForce } from '../../shared/domain/direct-bill';
import { httpHandler, reply } from '../../shared/http/handler';
import { recordDirectBillAttestation } from '../../shared/routes/direct-bill';

export const handler = httpHandler(recordDirectBillAttestation, async ({ body, caller, correlationId }) => {
  const profile = await getProfile(caller.organizationId);
  const attestations = { ...profile.attestations, [body.attestation]: { by: caller.userId, at: clock.nowIso(), statement: body.statement } };
  await updateProfile(profile, { attestations }, { type: 'DirectBillAttested', payload: { attestation: body.attestation } }, correlationId);
  const now = clock.now();
  const { facts } = await gatherFacts(caller.organizationId, now);
  return reply.ok(evaluate(policyInForce(await listPolicies(), now)!, facts, now));
});
