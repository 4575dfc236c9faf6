import { createEnrollment } from '#shared/enrollment/routes';
import { startEnrollment } from '#shared/enrollment/start';
import { toEnrollmentView } from '#shared/enrollment/store';
import { httpHandler, reply } from '#shared/http/handler';

export const handler = httpHandler(createEnrollment, async ({ body, caller, correlationId }) => {
  const started = await startEnrollment(body, caller, correlationId);
  if ('status' in started) return reply.status(202, started);
  return reply.created(toEnrollmentView(started), `/v1/enrollments/${started.enrollmentId}`);
});
