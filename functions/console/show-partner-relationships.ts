import { showPartnerRelationships } from '#shared/console/routes';
import { screen } from '#shared/console/screen';
import { tenantScreen } from '#shared/console/tenant-screen';

export const handler = screen(showPartnerRelationships, { permission: 'tenant:read' }, async (_input, ctx) =>
  tenantScreen(ctx),
);
