import { afterDirectBillAction } from '#shared/console/direct-bill-screen';
import { submitTransitionStart } from '#shared/console/routes';
import { screen } from '#shared/console/screen';
import { startTransition } from '#shared/direct-bill/actions';
import { TransitionRequest } from '#shared/direct-bill/schemas';
import { validate } from '#shared/http/request';
import type * as z from '#shared/platform/zod';

export const handler = screen(
  submitTransitionStart,
  { permission: 'directbill:manage', returnTo: '/v1/console/direct-bill' },
  async ({ body, correlationId }, ctx) =>
    afterDirectBillAction(
      ctx,
      async () => {
        const { providerId } = validate(TransitionRequest, { providerId: body.providerId ?? '' }, 'body') as z.output<
          typeof TransitionRequest
        >;
        await startTransition(ctx.member, providerId, correlationId);
      },
      'transitionStartedNotice',
    ),
);
