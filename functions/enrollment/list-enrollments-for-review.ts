import { listEnrollmentsForReview } from '#shared/enrollment/operator-routes';
import { listEnrollmentsInState, toEnrollmentView } from '#shared/enrollment/store';
import { httpHandler, reply } from '#shared/http/handler';
import { decodeCursor, encodeCursor } from '#shared/platform/cursor';

/** The operators' review queue: enrollments in a state, oldest first, one page per call. */
export const handler = httpHandler(listEnrollmentsForReview, async ({ query }) => {
  const page = await listEnrollmentsInState(query.state, { limit: query.limit, cursor: decodeCursor(query.cursor) });
  return reply.ok({
    items: page.items.map((record) => toEnrollmentView(record)),
    nextCursor: encodeCursor(page.cursor),
  });
});
