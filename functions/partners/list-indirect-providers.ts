import { httpHandler, reply } from '#shared/http/handler';
import { linkView, listLinks } from '#shared/partners/links-store';
import { listIndirectProviders } from '#shared/partners/routes';

export const handler = httpHandler(listIndirectProviders, async ({ query, caller }) => {
  const page = await listLinks(caller.organizationId, 'providers', query);
  return reply.ok({ items: page.items.map((link) => linkView(link, 'reseller')), nextCursor: page.nextCursor });
});
