import { ct, errorsOf } from '#shared/console/layout';
import { submitServiceRequestComment } from '#shared/console/routes';
import { screen } from '#shared/console/screen';
import { serviceRequestScreen } from '#shared/console/service-requests-screen';
import { validate } from '#shared/http/request';
import type * as z from '#shared/platform/zod';
import { AddServiceRequestComment } from '#shared/users/schemas';
import { commentOn } from '#shared/users/service-requests';

export const handler = screen(
  submitServiceRequestComment,
  { permission: 'self:read', returnTo: '/v1/console' },
  async ({ params, body, correlationId }, ctx) => {
    try {
      const { text } = validate(AddServiceRequestComment, { text: body.text ?? '' }, 'body') as z.output<
        typeof AddServiceRequestComment
      >;
      await commentOn(ctx.member, params.serviceRequestId, text, correlationId);
      return serviceRequestScreen(ctx, params.serviceRequestId, { notice: ct(ctx.language, 'commentAddedNotice') });
    } catch (error) {
      return serviceRequestScreen(ctx, params.serviceRequestId, {
        errors: errorsOf(error, { text: ct(ctx.language, 'commentLabel') }),
        status: 422,
      });
    }
  },
);
