import { eligibilityOf } from '#shared/direct-bill/actions';
import { getDirectBillEligibility } from '#shared/direct-bill/routes';
import { httpHandler, reply } from '#shared/http/handler';

/** Explainable: every criterion, pass or fail, its evidence and what is missing; any version for a what-if. */
export const handler = httpHandler(getDirectBillEligibility, async ({ query, caller }) =>
  reply.ok(await eligibilityOf(caller.organizationId, query.policyVersion)),
);
