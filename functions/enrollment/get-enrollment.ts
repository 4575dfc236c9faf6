import { getEnrollmentRecord, toEnrollmentView } from '../../shared/data/enrollments';
import { NotFoundError } from '../../shared/errors';
import { httpHandler, reply } from '../../shared/http/handler';
import { getEnrollment } from '../../shared/routes/enrollment';

/** The key is built from the caller's organization: another organization's enrollment is simply not found. */
export const handler = httpHandler(getEnrollment, async ({ params, caller }) => {
  const record = await getEnrollmentRecord(caller.organizationId);
  if (!record || record.enrollmentId !== params.enrollmentId) throw new NotFoundError('No such enrollment.');
  return reply.ok(toEnrollmentView(record));
});
