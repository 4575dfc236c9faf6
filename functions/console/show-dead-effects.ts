import { deadEffectsScreen } from '#shared/console/operations-screen';
import { showDeadEffects } from '#shared/console/routes';
import { screen } from '#shared/console/screen';

export const handler = screen(showDeadEffects, { permission: 'operator:operations' }, async (_input, ctx) =>
  deadEffectsScreen(ctx),
);
