import { afterDirectBillAction } from '#shared/console/direct-bill-screen';
import { submitDirectBillApplication } from '#shared/console/routes';
import { screen } from '#shared/console/screen';
import { applyForDirectBill } from '#shared/direct-bill/actions';

export const handler = screen(
  submitDirectBillApplication,
  { permission: 'directbill:manage', returnTo: '/v1/console/direct-bill' },
  async ({ correlationId }, ctx) =>
    afterDirectBillAction(ctx, () => applyForDirectBill(ctx.member, correlationId), 'appliedNotice'),
);
