import { createEnrollment } from '#shared/enrollment/routes';
import { startEnrollment } from '#shared/enrollment/start';
import { toEnrollmentView } from '#shared/enrollment/store';
import { httpHandler, reply } from '#shared/http/handler';

export const handler = httpHandler(createEnrollment, async ({ body, caller, correlationId }) => {
  const record = await startEnrollment(body, caller, correlationId);
  return reply.created(toEnrollmentView(record), `/v1/enrollments/${record.enrollmentId}`);
});
