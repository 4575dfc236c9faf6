import { putPolicies } from '../../shared/data/direct-bill';
import { httpHandler, reply } from '../../shared/http/handler';
import { addEligibilityPolicy } from '../../shared/routes/direct-bill';

export const handler = httpHandler(addEligibilityPolicy, async ({ body }) => {
  await putPolicies([body]);
  return reply.ok(body);
});
