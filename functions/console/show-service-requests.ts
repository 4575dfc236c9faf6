import { showServiceRequests } from '#shared/console/routes';
import { screen } from '#shared/console/screen';
import { serviceRequestsScreen } from '#shared/console/service-requests-screen';

export const handler = screen(showServiceRequests, { permission: 'support:read' }, async (_input, ctx) =>
  serviceRequestsScreen(ctx),
);
