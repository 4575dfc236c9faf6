import { ct } from '#shared/console/layout';
import { deadEffectsScreen } from '#shared/console/operations-screen';
import { submitRedrive } from '#shared/console/routes';
import { screen } from '#shared/console/screen';
import { redriveEvent } from '#shared/platform/effects';

/** Sends a dead event's effects round again; an event redriven meanwhile (by another operator) is said so. */
export const handler = screen(
  submitRedrive,
  { permission: 'operator:operations', returnTo: '/v1/console/operator/dead-effects' },
  async ({ params }, ctx) => {
    const item = await redriveEvent(params.eventId);
    if (!item)
      return deadEffectsScreen(ctx, { errors: [{ field: '', message: 'No dead event with this id.' }], status: 404 });
    return deadEffectsScreen(ctx, { notice: ct(ctx.language, 'redrivenNotice', { event: String(item.type) }) });
  },
);
