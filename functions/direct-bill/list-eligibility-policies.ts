import { clock } from '../../shared/clock';
import { listPolicies } from '../../shared/data/direct-bill';
import { policyInForce } from '../../shared/domain/direct-bill';
import { httpHandler, reply } from '../../shared/http/handler';
import { listEligibilityPolicies } from '../../shared/routes/direct-bill';

export const handler = httpHandler(listEligibilityPolicies, async () => {
  const policies = (await listPolicies()).sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  return reply.ok({ inForce: policyInForce(policies, clock.now())?.version, policies });
});
