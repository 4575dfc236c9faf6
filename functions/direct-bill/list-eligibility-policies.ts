import { listEligibilityPolicies } from '#shared/direct-bill/routes';
import { policyInForce } from '#shared/direct-bill/rules';
import { listPolicies } from '#shared/direct-bill/store';
import { httpHandler, reply } from '#shared/http/handler';
import { clock } from '#shared/platform/clock';

export const handler = httpHandler(listEligibilityPolicies, async () => {
  const items = (await listPolicies()).sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  return reply.ok({ items, inForce: policyInForce(items, clock.now())?.version });
});
