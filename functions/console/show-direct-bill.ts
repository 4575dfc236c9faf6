import { directBillScreen } from '#shared/console/direct-bill-screen';
import { showDirectBill } from '#shared/console/routes';
import { screen } from '#shared/console/screen';

export const handler = screen(showDirectBill, { permission: 'directbill:manage' }, async ({ query }, ctx) =>
  directBillScreen(ctx, { policyVersion: query.policyVersion }),
);
