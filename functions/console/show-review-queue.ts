import { reviewQueueScreen } from '#shared/console/reviews-screen';
import { showReviewQueue } from '#shared/console/routes';
import { screen } from '#shared/console/screen';

export const handler = screen(showReviewQueue, { permission: 'operator:review' }, async (_input, ctx) =>
  reviewQueueScreen(ctx),
);
