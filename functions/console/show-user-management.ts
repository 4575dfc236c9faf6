import { showUserManagement } from '#shared/console/routes';
import { screen } from '#shared/console/screen';
import { userManagementScreen } from '#shared/console/users-screen';
import { listMembers } from '#shared/users/members-store';

export const handler = screen(showUserManagement, { permission: 'users:read' }, async ({ query }, ctx) => {
  const page = await listMembers(ctx.member.organizationId, { q: query.q, limit: 100 });
  return userManagementScreen(ctx, page.items, { q: query.q });
});
