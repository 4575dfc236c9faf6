import { httpHandler, reply } from '#shared/http/handler';
import { listWebhookSubscriptions } from '#shared/integrations/routes';
import { listSubscriptions, toSubscriptionView } from '#shared/integrations/webhooks-store';

export const handler = httpHandler(listWebhookSubscriptions, async ({ caller }) =>
  reply.ok({ items: (await listSubscriptions(caller.organizationId)).map(toSubscriptionView) }),
);
