import { call, eventually, executions, type SignedIn } from './api';
import { startEnrollment } from './enrollment';
import { operator } from './people';

export async function enrollment(org: SignedIn, enrollmentId: string) {
  return (await call('GET', `/v1/enrollments/${enrollmentId}`, { token: org.token })).body;
}

/** Waits until the enrollment is in `state` and, when given, its workflow waits at `step`. */
export async function waitForState(org: SignedIn, enrollmentId: string, state: string, step?: string) {
  return eventually(`enrollment ${state}${step ? ` waiting for ${step}` : ''}`, async () => {
    const view = await enrollment(org, enrollmentId);
    return view.state === state && (!step || view.waiting?.step === step) ? view : undefined;
  });
}

/** Sign-up done: enrolls, verifies the email, and waits for the review to start. */
export async function enrollToReview(
  org: SignedIn,
  options: { partnerId?: string; language?: string; country?: string } = {},
) {
  const started = await startEnrollment(org, options);
  const confirmed = await call('POST', '/v1/email-verifications', { body: { token: started.token } });
  if (confirmed.status !== 200) throw new Error(`verification failed: ${confirmed.text}`);
  await waitForState(org, started.enrollment.enrollmentId, 'UnderReview', 'Review');
  return started;
}

export async function review(enrollmentId: string, body: Record<string, unknown>) {
  return call('POST', `/v1/operator/enrollments/${enrollmentId}/review`, { token: await operator(), body });
}

export async function sign(org: SignedIn, enrollmentId: string, version = '2026-01') {
  return call('POST', `/v1/enrollments/${enrollmentId}/agreement-signature`, {
    token: org.token,
    body: { agreementType: 'PartnerAgreement', agreementVersion: version, accept: true },
    headers: { 'user-agent': 'timeline-test/1.0' },
  });
}

export async function execution(name: string) {
  return (await executions()).find((e) => e.name === name);
}
