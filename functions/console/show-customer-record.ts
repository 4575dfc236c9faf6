import { customerScreen } from '#shared/console/customer-screen';
import { showCustomerRecord } from '#shared/console/routes';
import { screen } from '#shared/console/screen';

export const handler = screen(showCustomerRecord, { permission: 'customers:read' }, async ({ params }, ctx) =>
  customerScreen(ctx, params.customerId),
);
