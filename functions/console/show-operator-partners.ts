import { operatorPartnersScreen } from '#shared/console/operations-screen';
import { showOperatorPartners } from '#shared/console/routes';
import { screen } from '#shared/console/screen';

export const handler = screen(showOperatorPartners, { permission: 'operator:reference-data' }, async ({ query }, ctx) =>
  operatorPartnersScreen(ctx, { partnerId: query.partnerId }),
);
