import { providersScreen } from '#shared/console/partners-screen';
import { showIndirectProviders } from '#shared/console/routes';
import { screen } from '#shared/console/screen';

export const handler = screen(showIndirectProviders, { permission: 'providers:read' }, async ({ query }, ctx) =>
  providersScreen(ctx, query.q),
);
