import { httpHandler, reply } from '#shared/http/handler';
import { readFeed } from '#shared/integrations/feed';
import { listEventFeed } from '#shared/integrations/routes';

export const handler = httpHandler(listEventFeed, async ({ query, caller }) =>
  reply.ok(await readFeed(caller.organizationId, query)),
);
