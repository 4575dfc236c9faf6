import { enrollmentEmails, stopReasons } from '#shared/enrollment/emails';
import { enrollmentEvents } from '#shared/enrollment/events';
import { type EnrollmentRecord, getEnrollmentRecord } from '#shared/enrollment/store';
import { mintVerificationToken } from '#shared/enrollment/verification-store';
import type { EnrollmentExecutionInput } from '#shared/enrollment/workflow';
import { mintEmailProof, proofLifetimeHours } from '#shared/identity/proofs-store';
import { sendEmail } from '#shared/platform/aws/email';
import { startEnrollmentExecution } from '#shared/platform/aws/executions';
import { readConfig } from '#shared/platform/config';
import { hashToken, newSecretToken } from '#shared/platform/crypto';
import { type EmailTemplate, formatDate, formatDateTime, renderEmail } from '#shared/platform/email/render';
import { publicLink } from '#shared/platform/links';
import { sendNotice } from '#shared/platform/notices';
import { type DomainEvent, mergeReactions, type Reaction } from '#shared/platform/outbox';
import { resumeWorkflow } from '#shared/platform/workflow-reactions';
import * as z from '#shared/platform/zod';
import { getOrganization, type Organization } from '#shared/users/organizations-store';

const config = readConfig(z.object({ OPERATIONS_EMAIL: z.email().default('operations@csp-partner.local') }));

type EnrollmentEvent = DomainEvent<string, { enrollmentId: string } & Record<string, unknown>>;

const startWorkflow: Reaction<DomainEvent<string, { enrollmentId: string; executionName: string; resumeAt?: string }>> =
  {
    name: 'start-workflow',
    run: async (event) => {
      // A start the reconciler has already superseded (it moved the enrollment to a newer execution) is skipped.
      const current = await getEnrollmentRecord(String(event.organizationId), true);
      if (current && current.executionName !== event.payload.executionName) return;
      const input: EnrollmentExecutionInput = {
        organizationId: String(event.organizationId),
        enrollmentId: event.payload.enrollmentId,
        correlationId: event.correlationId ?? event.eventId,
        resumeAt: (event.payload.resumeAt as EnrollmentExecutionInput['resumeAt'] | undefined) ?? 'Start',
      };
      await startEnrollmentExecution(event.payload.executionName, input);
    },
  };

/**
 * Mints a verification link for the wait the enrollment is in now and emails it to the primary contact (a
 * retried send mints another; every link of the current wait works until one is used). Nothing is sent when
 * the enrollment no longer waits for this address.
 */
const emailVerificationLink: Reaction<EnrollmentEvent & { payload: { email: string; expiresAt: string } }> = {
  name: 'email-verification-link',
  run: async (event) => {
    const organizationId = String(event.organizationId);
    const [enrollment, organization] = await Promise.all([
      getEnrollmentRecord(organizationId, true),
      getOrganization(organizationId),
    ]);
    // the timeline's wait for the contact's address, or a corrected contact pending after the first verification
    const contactChange = event.type === 'ContactChangeRequested';
    const contact = contactChange ? enrollment?.pendingContact : enrollment?.primaryContact;
    const waiting = enrollment?.waiting;
    if (!organization || !contact || contact.email !== event.payload.email) return;
    if (!contactChange && waiting?.step !== 'EmailOwnership') return;
    const token = newSecretToken();
    await mintVerificationToken(
      {
        organizationId,
        enrollmentId: enrollment!.enrollmentId,
        organizationName: organization.legalName,
        language: contact.language,
        email: contact.email,
        taskToken: contactChange ? '' : waiting!.taskToken,
        expiresAt: event.payload.expiresAt,
      },
      hashToken(token),
      contactChange ? 'ContactChange' : 'EmailOwnership',
    );
    await sendEmail(
      renderEmail(enrollmentEmails.emailVerification, contact.language, contact.email, {
        name: contact.fullName,
        organization: organization.legalName,
        link: publicLink('/v1/pages/email-verification', { token }),
        expiresOn: formatDate(new Date(event.payload.expiresAt), contact.language),
      }),
    );
  },
};

type Emails = typeof enrollmentEmails;
/** The emails addressed to the primary contact: those that greet a person of an organization. */
type ContactMessage = {
  [K in keyof Emails]: Parameters<Emails[K]['en']>[0] extends { name: string; organization: string } ? K : never;
}[keyof Emails];
type ParamsOf<K extends keyof Emails> = Parameters<Emails[K]['en']>[0];

async function load(event: DomainEvent<string, unknown>) {
  const organizationId = String(event.organizationId);
  const [enrollment, organization] = await Promise.all([
    getEnrollmentRecord(organizationId),
    getOrganization(organizationId),
  ]);
  return enrollment && organization ? { enrollment, organization } : undefined;
}

/** Emails the enrollment's primary contact, in their language. */
function emailContact<K extends ContactMessage, E extends EnrollmentEvent>(
  message: K,
  extra: (event: E, enrollment: EnrollmentRecord) => Omit<ParamsOf<K>, 'name' | 'organization'>,
): Reaction<E> {
  return {
    name: `email-contact-${message}`,
    run: async (event) => {
      const loaded = await load(event);
      if (!loaded?.enrollment.primaryContact) return;
      const { enrollment, organization } = loaded as { enrollment: EnrollmentRecord; organization: Organization };
      const contact = enrollment.primaryContact!;
      const params = {
        name: contact.fullName,
        organization: organization.legalName,
        ...extra(event, enrollment),
      } as ParamsOf<K>;
      const template = enrollmentEmails[message] as EmailTemplate<ParamsOf<K>>;
      await sendNotice(organization.organizationId, renderEmail(template, contact.language, contact.email, params));
    },
  };
}

/** Links in the contact's emails open the console's screens (after sign-in, coming back), in their language. */
const languageOf = (enrollment: EnrollmentRecord) => enrollment.primaryContact?.language ?? 'en';
const agreementLink = (event: EnrollmentEvent, enrollment: EnrollmentRecord) =>
  publicLink('/v1/pages/agreement', { enrollmentId: event.payload.enrollmentId, lang: languageOf(enrollment) });
const consoleLink = (path: string, enrollment: EnrollmentRecord) => publicLink(path, { lang: languageOf(enrollment) });
const none = () => ({});

/** Tells the contact that the timeline stopped, and why. */
const timelineStopped = (reasonKey: string): Reaction<EnrollmentEvent> => ({
  name: 'email-contact',
  run: async (event) => {
    const loaded = await load(event);
    const contact = loaded?.enrollment.primaryContact;
    if (!loaded || !contact) return;
    const reason = stopReasons[reasonKey]![contact.language];
    await sendNotice(
      loaded.organization.organizationId,
      renderEmail(enrollmentEmails.timelineStopped, contact.language, contact.email, {
        name: contact.fullName,
        organization: loaded.organization.legalName,
        reason,
        // a failed step is resumed by the reconciler; an expired wait needs the applicant
        automatic: reasonKey === 'Failed',
        enrollmentId: loaded.enrollment.enrollmentId,
      }),
    );
  },
});

/** What the timeline's events cause outside the table: workflow starts and signals, and emails. */
export const enrollmentReactions = mergeReactions(
  enrollmentEvents.on('EnrollmentStarted', startWorkflow),
  enrollmentEvents.on('EnrollmentResumed', startWorkflow),
  enrollmentEvents.on('EmailOwnershipRequested', emailVerificationLink),
  enrollmentEvents.on('ContactChangeRequested', emailVerificationLink),
  enrollmentEvents.on(
    'EmailOwnershipVerified',
    resumeWorkflow((event) => ({ verifiedAt: event.occurredAt })),
  ),
  enrollmentEvents.on('EnrollmentUnderReview', emailContact('enrollmentUnderReview', none)),
  enrollmentEvents.on('EnrollmentRejected', {
    name: 'email-contact',
    run: async (event) => {
      if (event.payload.reason === 'EmailDomain') await emailContact('enrollmentEmailRejected', none).run(event);
    },
  }),
  enrollmentEvents.on(
    'EnrollmentReviewed',
    resumeWorkflow((event) => ({ decision: event.payload.decision })),
    {
      name: 'email-contact',
      run: async (event) => {
        const decision = event.payload.decision;
        if (decision === 'Approve') {
          await emailContact('enrollmentApproved', (e, enrollment) => ({
            partnerIdMissing: enrollment.checks?.partnerId?.status !== 'Valid',
            link: agreementLink(e, enrollment),
          })).run(event);
        } else if (decision === 'Reject') {
          await emailContact('enrollmentRejected', () => ({ reason: event.payload.reason ?? '' })).run(event);
        } else {
          await emailContact('informationRequested', (_e, enrollment) => ({
            question: event.payload.question ?? '',
            link: consoleLink('/v1/console/enrollment', enrollment),
          })).run(event);
        }
      },
    },
  ),
  enrollmentEvents.on('EnrollmentReviewDelayed', emailContact('reviewDelayed', none), {
    name: 'alert-operators',
    run: async (event) => {
      const loaded = await load(event);
      const params = {
        organization: loaded?.organization.legalName ?? String(event.organizationId),
        enrollmentId: event.payload.enrollmentId,
        // a date a person reads, with the time (UTC): the review's due moment
        dueAt: event.payload.dueAt ? formatDateTime(new Date(event.payload.dueAt), 'en') : 'its due date',
        link: publicLink('/v1/console/operator/reviews'),
      };
      await sendEmail(renderEmail(enrollmentEmails.operatorReviewDelayed, 'en', config.OPERATIONS_EMAIL, params));
    },
  }),
  enrollmentEvents.on(
    'InquiryAnswered',
    resumeWorkflow(() => ({ answered: true })),
  ),
  enrollmentEvents.on(
    'AgreementSigned',
    resumeWorkflow(() => ({ signed: true })),
  ),
  enrollmentEvents.on(
    'AgreementSignatureReminder',
    emailContact('signatureReminder', (e, enrollment) => ({
      reminder: e.payload.reminder,
      link: agreementLink(e, enrollment),
    })),
  ),
  enrollmentEvents.on(
    'EnrollmentActivated',
    emailContact('enrollmentActivated', (_e, enrollment) => ({ link: consoleLink('/v1/console', enrollment) })),
  ),
  enrollmentEvents.on('EnrollmentEmailVerificationExpired', timelineStopped('EmailVerificationExpired')),
  enrollmentEvents.on('EnrollmentInquiryExpired', timelineStopped('InquiryExpired')),
  enrollmentEvents.on('EnrollmentAgreementExpired', timelineStopped('AgreementExpired')),
  enrollmentEvents.on('EnrollmentFailed', timelineStopped('Failed')),
  enrollmentEvents.on('PartnerIdControlRequested', {
    name: 'email-directory-contact',
    run: async (event) => {
      const organization = await getOrganization(String(event.organizationId));
      if (!organization) return;
      const { partnerId, contactEmail, enrollmentId, support, requestedBy } = event.payload;
      const token = await mintEmailProof({
        purpose: 'PartnerId',
        subjectId: organization.organizationId,
        email: contactEmail,
        choosePassword: false,
        partnerId,
        enrollmentId,
        ...(requestedBy && { activation: { support, requestedBy } }),
      });
      await sendEmail(
        renderEmail(enrollmentEmails.partnerIdControl, organization.language, contactEmail, {
          organization: organization.legalName,
          partnerId,
          link: publicLink('/v1/pages/email-confirmation', { token }),
          hours: proofLifetimeHours.PartnerId,
        }),
      );
    },
  }),
);
