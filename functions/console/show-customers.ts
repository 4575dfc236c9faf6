import { customersScreen } from '#shared/console/customers-screen';
import { showCustomers } from '#shared/console/routes';
import { screen } from '#shared/console/screen';

export const handler = screen(showCustomers, { permission: 'customers:read' }, async ({ query }, ctx) =>
  customersScreen(ctx, query.q),
);
