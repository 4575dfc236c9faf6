import { ct, errorsOf } from '#shared/console/layout';
import { submitUserRoles } from '#shared/console/routes';
import { screen } from '#shared/console/screen';
import { userLabels, userScreen } from '#shared/console/users-screen';
import { validate } from '#shared/http/request';
import type * as z from '#shared/platform/zod';
import { changeUserRoles } from '#shared/users/manage';
import { getOrganizationMember } from '#shared/users/members-store';
import { UpdateRolesRequest } from '#shared/users/schemas';

/** Changes the roles with the API's rules, conditional on the version the screen showed (412 when stale). */
export const handler = screen(
  submitUserRoles,
  { permission: 'users:manage', returnTo: '/v1/console/users' },
  async ({ params, body, correlationId }, ctx) => {
    try {
      const roles = validate(
        UpdateRolesRequest,
        { agentRole: body.agentRole ?? '', adminRole: body.adminRole ?? '' },
        'body',
      ) as z.output<typeof UpdateRolesRequest>;
      const updated = await changeUserRoles(ctx.member, params.userId, Number(body.version), roles, correlationId);
      return userScreen(ctx, updated, { notice: ct(ctx.language, 'saved') });
    } catch (error) {
      const errors = errorsOf(error, userLabels(ctx));
      return userScreen(ctx, await getOrganizationMember(ctx.member.organizationId, params.userId), {
        errors,
        status: 409,
      });
    }
  },
);
