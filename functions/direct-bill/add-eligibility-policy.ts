import { addEligibilityPolicy } from '#shared/direct-bill/routes';
import { putPolicies } from '#shared/direct-bill/store';
import { httpHandler, reply } from '#shared/http/handler';

export const handler = httpHandler(addEligibilityPolicy, async ({ body }) => {
  await putPolicies([body]);
  return reply.ok(body);
});
