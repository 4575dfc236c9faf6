import { afterDirectBillAction } from '#shared/console/direct-bill-screen';
import { submitSupportPlan } from '#shared/console/routes';
import { screen } from '#shared/console/screen';
import { takeSupportPlan } from '#shared/direct-bill/actions';
import { SupportPlanRequest } from '#shared/direct-bill/schemas';
import { validate } from '#shared/http/request';
import type * as z from '#shared/platform/zod';

/** Seed 001: the plan is taken only after the credit check passed; the action refuses it earlier, saying why. */
export const handler = screen(
  submitSupportPlan,
  { permission: 'directbill:manage', returnTo: '/v1/console/direct-bill' },
  async ({ body, correlationId }, ctx) =>
    afterDirectBillAction(
      ctx,
      async () => {
        const { plan } = validate(SupportPlanRequest, { plan: body.plan ?? '' }, 'body') as z.output<
          typeof SupportPlanRequest
        >;
        await takeSupportPlan(ctx.member, plan, correlationId);
      },
      'planRecordedNotice',
    ),
);
