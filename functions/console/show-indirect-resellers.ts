import { resellersScreen } from '#shared/console/partners-screen';
import { showIndirectResellers } from '#shared/console/routes';
import { screen } from '#shared/console/screen';

export const handler = screen(showIndirectResellers, { permission: 'providers:read' }, async (_input, ctx) =>
  resellersScreen(ctx),
);
