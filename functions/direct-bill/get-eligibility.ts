import { clock } from '../../shared/clock';
import { gatherFacts, listPolicies } from '../../shared/data/direct-bill';
import { evaluate, policyInForce } from '../../shared/domain/direct-bill';
import { NotFoundError } from '../../shared/errors';
import { httpHandler, reply } from '../../shared/http/handler';
import { getDirectBillEligibility } from '../../shared/routes/direct-bill';

/** Explainable: every criterion, pass or fail, its evidence and what is missing; any version for a what-if. */
export const handler = httpHandler(getDirectBillEligibility, async ({ query, caller }) => {
  const now = clock.now();
  const policies = await listPolicies();
  const policy = query.policyVersion ? policies.find((p) => p.version === query.policyVersion) : policyInForce(policies, now);
  if (!policy) throw new NotFoundError(`No eligibility policy ${query.policyVersion ?? 'in force'}.`);
  const { facts, organization } = await gatherFacts(caller.organizationId, now);
  const status = organization.programs.DirectBill?.status;
  return reply.ok({ ...evaluate(policy, facts, now), status, transitionOffered: status === 'Restricted' });
});
