import { operatorDirectBillScreen } from '#shared/console/operator-direct-bill-screen';
import { showOperatorDirectBill } from '#shared/console/routes';
import { screen } from '#shared/console/screen';

export const handler = screen(showOperatorDirectBill, { permission: 'operator:review' }, async (_input, ctx) =>
  operatorDirectBillScreen(ctx),
);
