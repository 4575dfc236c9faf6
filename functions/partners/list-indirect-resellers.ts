import { httpHandler, reply } from '#shared/http/handler';
import { linkView, listLinks } from '#shared/partners/links-store';
import { listIndirectResellers } from '#shared/partners/routes';

export const handler = httpHandler(listIndirectResellers, async ({ query, caller }) => {
  const page = await listLinks(caller.organizationId, 'resellers', query);
  return reply.ok({ items: page.items.map((link) => linkView(link, 'provider')), nextCursor: page.nextCursor });
});
