import { resumeEnrollment } from '#shared/enrollment/routes';
import { resumableStates, resumePointOf, stateOnResume } from '#shared/enrollment/rules';
import { getOwnEnrollment, resumeEnrollmentRecord, toEnrollmentView, wrongState } from '#shared/enrollment/store';
import { httpHandler, reply } from '#shared/http/handler';

/** Picks the timeline up where it stopped, in a new execution; nothing already done is done again. */
export const handler = httpHandler(resumeEnrollment, async ({ params, caller, correlationId }) => {
  const enrollment = await getOwnEnrollment(caller.organizationId, params.enrollmentId, true);
  if (!resumableStates.includes(enrollment.state)) throw wrongState(enrollment.state, 'be resumed');
  const point =
    resumePointOf(
      enrollment.state === 'Failed' ? (enrollment.stoppedIn ?? 'EmailVerificationPending') : enrollment.state,
    ) ?? 'EmailOwnership';
  const resumed = await resumeEnrollmentRecord(enrollment, stateOnResume(point), point, correlationId);
  return reply.status(202, toEnrollmentView(resumed));
});
