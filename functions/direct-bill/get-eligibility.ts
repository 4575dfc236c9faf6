import { getDirectBillEligibility } from '#shared/direct-bill/routes';
import { evaluate, policyInForce } from '#shared/direct-bill/rules';
import { gatherFacts, listPolicies } from '#shared/direct-bill/store';
import { httpHandler, reply } from '#shared/http/handler';
import { clock } from '#shared/platform/clock';
import { NotFoundError } from '#shared/platform/errors';

/** Explainable: every criterion, pass or fail, its evidence and what is missing; any version for a what-if. */
export const handler = httpHandler(getDirectBillEligibility, async ({ query, caller }) => {
  const now = clock.now();
  const policies = await listPolicies();
  const policy = query.policyVersion
    ? policies.find((p) => p.version === query.policyVersion)
    : policyInForce(policies, now);
  if (!policy) throw new NotFoundError(`No eligibility policy ${query.policyVersion ?? 'in force'}.`);
  const { facts, organization } = await gatherFacts(caller.organizationId, now);
  const status = organization.programs.DirectBill?.status;
  return reply.ok({ ...evaluate(policy, facts, now), status, transitionOffered: status === 'Restricted' });
});
