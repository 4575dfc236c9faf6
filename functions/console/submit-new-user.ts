import { ct, errorsOf } from '#shared/console/layout';
import { submitNewUser } from '#shared/console/routes';
import { screen } from '#shared/console/screen';
import { userAddedScreen, userLabels, userManagementScreen } from '#shared/console/users-screen';
import { validate } from '#shared/http/request';
import type * as z from '#shared/platform/zod';
import { addPartnerUser } from '#shared/users/manage';
import { listMembers } from '#shared/users/members-store';
import { CreatePartnerUserRequest } from '#shared/users/schemas';

/**
 * Adds a user with the API's rules. The temporary password is on this page only (never stored, never shown
 * again), with a warning and a copy button; a user given more than the creator holds gets an email link instead.
 */
export const handler = screen(
  submitNewUser,
  { permission: 'users:manage', returnTo: '/v1/console/users' },
  async ({ body, correlationId, log }, ctx) => {
    try {
      const request = validate(
        CreatePartnerUserRequest,
        {
          fullName: body.fullName ?? '',
          email: (body.email ?? '').trim(),
          language: body.language || ctx.language,
          agentRole: body.agentRole ?? '',
          adminRole: body.adminRole ?? '',
        },
        'body',
      ) as z.output<typeof CreatePartnerUserRequest>;
      const { member, temporaryPassword } = await addPartnerUser(ctx.member, request, { correlationId, log });
      return userAddedScreen(ctx, member, temporaryPassword, {
        href: '/v1/console/users',
        label: ct(ctx.language, 'backToUsers'),
      });
    } catch (error) {
      const page = await listMembers(ctx.member.organizationId, { limit: 100 });
      return userManagementScreen(ctx, page.items, {
        errors: errorsOf(error, userLabels(ctx)),
        values: body,
        status: 422,
      });
    }
  },
);
