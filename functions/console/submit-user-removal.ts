import { consolePage, ct, errorsOf } from '#shared/console/layout';
import { submitUserRemoval } from '#shared/console/routes';
import { screen } from '#shared/console/screen';
import { userScreen } from '#shared/console/users-screen';
import { removePartnerUser } from '#shared/users/manage';
import { getOrganizationMember } from '#shared/users/members-store';

/** Removes a user with the API's rules (never the last global admin). */
export const handler = screen(
  submitUserRemoval,
  { permission: 'users:manage', returnTo: '/v1/console/users' },
  async ({ params, body, correlationId }, ctx) => {
    const user = await getOrganizationMember(ctx.member.organizationId, params.userId);
    try {
      await removePartnerUser(ctx.member, user.userId, Number(body.version) || undefined, correlationId);
    } catch (error) {
      return userScreen(ctx, user, { errors: errorsOf(error), status: 409 });
    }
    return consolePage(
      ctx,
      ct(ctx.language, 'usersTitle'),
      `<div class="notice" role="status">${ct(ctx.language, 'removedBody', { name: user.fullName })}</div><p><a href="/v1/console/users">${ct(ctx.language, 'backToUsers')}</a></p>`,
      '/v1/console/users',
    );
  },
);
