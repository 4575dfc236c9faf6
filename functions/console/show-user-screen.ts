import { showUserScreen } from '#shared/console/routes';
import { screen } from '#shared/console/screen';
import { userScreen } from '#shared/console/users-screen';
import { getOrganizationMember } from '#shared/users/members-store';

export const handler = screen(showUserScreen, { permission: 'users:manage' }, async ({ params }, ctx) =>
  userScreen(ctx, await getOrganizationMember(ctx.member.organizationId, params.userId)),
);
