import { listEligibilityPolicies } from '#shared/direct-bill/routes';
import { policyInForce } from '#shared/direct-bill/rules';
import { listPolicies } from '#shared/direct-bill/store';
import { httpHandler, reply } from '#shared/http/handler';
import { clock } from '#shared/platform/clock';

export const handler = httpHandler(listEligibilityPolicies, async () => {
  const policies = (await listPolicies()).sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  return reply.ok({ inForce: policyInForce(policies, clock.now())?.version, policies });
});
