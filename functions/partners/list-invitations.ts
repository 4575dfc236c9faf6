import { httpHandler, reply } from '#shared/http/handler';
import { listInvitationRecords, toInvitationView } from '#shared/partners/invitations-store';
import { listInvitations } from '#shared/partners/routes';

export const handler = httpHandler(listInvitations, async ({ query, caller }) => {
  const page = await listInvitationRecords(caller.organizationId, query.direction, query);
  return reply.ok({ items: page.items.map(toInvitationView), nextCursor: page.nextCursor });
});
