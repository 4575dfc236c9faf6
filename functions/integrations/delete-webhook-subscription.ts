import { httpHandler, reply } from '#shared/http/handler';
import { deleteWebhookSubscription } from '#shared/integrations/routes';
import { deleteSubscription } from '#shared/integrations/webhooks-store';

export const handler = httpHandler(deleteWebhookSubscription, async ({ params, caller, correlationId }) => {
  await deleteSubscription(caller.organizationId, params.subscriptionId, correlationId);
  return reply.noContent();
});
