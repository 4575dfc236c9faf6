import { ct, errorsOf } from '#shared/console/layout';
import { leadsScreen } from '#shared/console/leads-screen';
import { submitLeadAssignment } from '#shared/console/routes';
import { screen } from '#shared/console/screen';
import { assignLeadTo } from '#shared/customers/leads';
import { AssignLeadRequest } from '#shared/customers/schemas';
import { validate } from '#shared/http/request';
import type * as z from '#shared/platform/zod';

export const handler = screen(
  submitLeadAssignment,
  { permission: 'leads:manage', returnTo: '/v1/console/leads' },
  async ({ params, body }, ctx) => {
    try {
      const { userId } = validate(AssignLeadRequest, { userId: body.userId ?? '' }, 'body') as z.output<
        typeof AssignLeadRequest
      >;
      await assignLeadTo(ctx.member, params.leadId, userId);
      return leadsScreen(ctx, { notice: ct(ctx.language, 'leadAssignedNotice') });
    } catch (error) {
      return leadsScreen(ctx, { errors: errorsOf(error), status: 422 });
    }
  },
);
