import { showServiceRequest } from '#shared/console/routes';
import { screen } from '#shared/console/screen';
import { serviceRequestScreen } from '#shared/console/service-requests-screen';

/** Whoever may see it (the partner side, the customer, an operator): `serviceRequestFor` decides, else not found. */
export const handler = screen(showServiceRequest, { permission: 'self:read' }, async ({ params }, ctx) =>
  serviceRequestScreen(ctx, params.serviceRequestId),
);
