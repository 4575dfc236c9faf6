import { referenceDataScreen } from '#shared/console/reference-data-screen';
import { showReferenceData } from '#shared/console/routes';
import { screen } from '#shared/console/screen';

export const handler = screen(showReferenceData, { permission: 'operator:reference-data' }, async (_input, ctx) =>
  referenceDataScreen(ctx),
);
