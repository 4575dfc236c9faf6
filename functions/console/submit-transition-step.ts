import { afterDirectBillAction } from '#shared/console/direct-bill-screen';
import { submitTransitionStep } from '#shared/console/routes';
import { screen } from '#shared/console/screen';
import { completeTransitionStepFor } from '#shared/direct-bill/actions';
import { TransitionStepParams } from '#shared/direct-bill/schemas';
import { validate } from '#shared/http/request';
import type * as z from '#shared/platform/zod';

export const handler = screen(
  submitTransitionStep,
  { permission: 'directbill:manage', returnTo: '/v1/console/direct-bill' },
  async ({ body, correlationId }, ctx) =>
    afterDirectBillAction(
      ctx,
      async () => {
        const { step } = validate(TransitionStepParams, { step: body.step ?? '' }, 'body') as z.output<
          typeof TransitionStepParams
        >;
        await completeTransitionStepFor(ctx.member, step, correlationId);
      },
      'stepDoneNotice',
    ),
);
