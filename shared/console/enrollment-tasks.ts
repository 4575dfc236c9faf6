import { ct, type TaskStatus } from '#shared/console/layout';
import { enrollmentStateWords } from '#shared/console/messages';
import type { EnrollmentRecord } from '#shared/enrollment/store';
import { formatDate } from '#shared/platform/email/render';
import type { Language } from '#shared/platform/schemas';

const after = (state: EnrollmentRecord['state'], ...states: EnrollmentRecord['state'][]) => states.includes(state);
const decided = ['Approved', 'AwaitingSignature', 'Signed', 'Active'] as const;

/**
 * The enrollment as the seed's steps (email ownership, checks, review, PartnerID, agreement, Active), each with
 * its status, and the one next action for this user. Pure: the dashboard and the enrollment screen show it.
 */
export function enrollmentTasks(record: EnrollmentRecord, language: Language, canSign: boolean) {
  const state = record.state;
  const review = record.review;
  const partnerIdValid = record.checks?.partnerId?.status === 'Valid';
  const verified = Boolean(record.emailVerifiedAt);
  const email: TaskStatus = verified ? 'done' : state === 'EmailVerificationExpired' ? 'stopped' : 'action';
  const checks: TaskStatus = !verified ? 'cannot' : record.checks?.emailDomain ? 'done' : 'progress';
  const reviewStatus: TaskStatus = after(state, ...decided)
    ? 'done'
    : state === 'InformationRequested'
      ? 'action'
      : state === 'Rejected' || state === 'InquiryExpired'
        ? 'stopped'
        : after(state, 'UnderReview', 'InformationProvided')
          ? 'progress'
          : 'cannot';
  const dueAt = review?.dueAt ? formatDate(new Date(review.dueAt), language) : undefined;
  const reviewDetail =
    reviewStatus === 'progress' && dueAt
      ? ct(language, review?.delayed ? 'reviewDelayed' : 'reviewDue', { date: dueAt })
      : undefined;
  const agreement: TaskStatus = after(state, 'Signed', 'Active')
    ? 'done'
    : state === 'AgreementExpired'
      ? 'stopped'
      : after(state, 'AwaitingSignature', 'Approved')
        ? 'action'
        : 'cannot';
  const agreementHref = `/v1/pages/agreement?enrollmentId=${record.enrollmentId}&lang=${language}`;
  const tasks = [
    { label: ct(language, 'taskEmail'), status: email, href: email === 'done' ? undefined : '/v1/console/enrollment' },
    { label: ct(language, 'taskChecks'), status: checks },
    { label: ct(language, 'taskReview'), status: reviewStatus, detail: reviewDetail },
    {
      label: ct(language, 'taskPartnerId'),
      status: (partnerIdValid ? 'done' : state === 'Active' ? 'cannot' : 'action') as TaskStatus,
      href: partnerIdValid ? undefined : '/v1/console/enrollment#partnerId',
    },
    {
      label: ct(language, 'taskAgreement'),
      status: agreement,
      href: agreement === 'action' ? agreementHref : undefined,
    },
    { label: ct(language, 'taskActive'), status: (state === 'Active' ? 'done' : 'cannot') as TaskStatus },
  ];
  const next =
    state === 'Active'
      ? ct(language, 'nextActive')
      : state === 'Rejected'
        ? ct(language, 'nextRejected', { reason: review?.reason ?? '' })
        : after(state, 'EmailVerificationExpired', 'InquiryExpired', 'AgreementExpired', 'Failed')
          ? ct(language, 'nextStopped', { reason: enrollmentStateWords[language][state] ?? state })
          : !verified
            ? ct(language, 'nextVerify', { email: record.primaryContact?.email ?? '' })
            : state === 'InformationRequested'
              ? ct(language, 'nextAnswer')
              : after(state, 'Approved', 'AwaitingSignature') && !partnerIdValid
                ? ct(language, 'nextPartnerId')
                : after(state, 'Approved', 'AwaitingSignature')
                  ? canSign
                    ? `<a href="${agreementHref}">${ct(language, 'agreementLink')}</a>`
                    : ct(language, 'agreementOnlyGlobal')
                  : !partnerIdValid
                    ? `${ct(language, 'nextWait')} ${ct(language, 'nextPartnerId')}`
                    : ct(language, 'nextWait');
  return { tasks, next, question: state === 'InformationRequested' ? review?.question : undefined };
}
