import { ct, errorsOf } from '#shared/console/layout';
import { stateWords } from '#shared/console/messages';
import { submitServiceRequestMove } from '#shared/console/routes';
import { screen } from '#shared/console/screen';
import { serviceRequestScreen } from '#shared/console/service-requests-screen';
import { validate } from '#shared/http/request';
import type * as z from '#shared/platform/zod';
import { ChangeServiceRequestStatus } from '#shared/users/schemas';
import { moveRequest } from '#shared/users/service-requests';

export const handler = screen(
  submitServiceRequestMove,
  { permission: 'self:read', returnTo: '/v1/console' },
  async ({ params, body, correlationId }, ctx) => {
    try {
      const { action } = validate(ChangeServiceRequestStatus, { action: body.action ?? '' }, 'body') as z.output<
        typeof ChangeServiceRequestStatus
      >;
      const moved = await moveRequest(ctx.member, params.serviceRequestId, action, correlationId);
      return serviceRequestScreen(ctx, params.serviceRequestId, {
        notice: ct(ctx.language, 'movedNotice', { status: stateWords[ctx.language][moved.status] ?? moved.status }),
      });
    } catch (error) {
      return serviceRequestScreen(ctx, params.serviceRequestId, { errors: errorsOf(error), status: 409 });
    }
  },
);
