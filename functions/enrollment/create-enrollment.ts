import { clock } from '../../shared/clock';
import { newId } from '../../shared/crypto';
import { insertEnrollment, toEnrollmentView, type EnrollmentRecord } from '../../shared/data/enrollments';
import { getOrganization } from '../../shared/data/users';
import { NotFoundError, ValidationError } from '../../shared/errors';
import { httpHandler, reply } from '../../shared/http/handler';
import { createEnrollment } from '../../shared/routes/enrollment';

/**
 * Writes the enrollment and its `EnrollmentStarted` event in one transaction. The stream consumer starts
 * the Step Functions execution from that event, named after the enrollment: a retried event cannot start a
 * second execution, and a failure between "stored" and "started" cannot happen.
 */
export const handler = httpHandler(createEnrollment, async ({ body, caller, correlationId }) => {
  const organization = await getOrganization(caller.organizationId);
  if (!organization) throw new NotFoundError('The organization does not exist.');
  if (body.legalProfile.address.country !== organization.country) {
    throw new ValidationError([
      { in: 'body', field: 'legalProfile.address.country', message: `must be the organization’s country (${organization.country})` },
    ]);
  }
  const now = clock.nowIso();
  const enrollmentId = newId();
  const record: EnrollmentRecord = {
    enrollmentId,
    organizationId: caller.organizationId,
    program: 'IndirectReseller',
    state: 'EmailVerificationPending',
    legalProfile: body.legalProfile,
    partnerId: body.partnerId,
    primaryContact: body.primaryContact,
    support: body.support,
    createdAt: now,
    updatedAt: now,
    version: 1,
    executionName: enrollmentId,
  };
  await insertEnrollment(record, correlationId);
  return reply.created(toEnrollmentView(record), `/v1/enrollments/${enrollmentId}`);
});
