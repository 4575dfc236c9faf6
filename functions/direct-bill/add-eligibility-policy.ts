import { putPolicies } from '#shared/direct-bill/store';
import { httpHandler, reply } from '#shared/http/handler';
import { addEligibilityPolicy } from '#shared/direct-bill/routes';

export const handler = httpHandler(addEligibilityPolicy, async ({ body }) => {
  await putPolicies([body]);
  return reply.ok(body);
});
