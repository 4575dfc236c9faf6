import { linkPlaceholder } from '#shared/customers/invitation-accept';
import { type EnrollmentRecord, getEnrollmentRecord } from '#shared/enrollment/store';
import type { EnrollmentExecutionInput } from '#shared/enrollment/workflow';
import { effectiveState } from '#shared/partners/invitation-rules';
import { getInvitation, type InvitationRecord, mintInvitationToken } from '#shared/partners/invitations-store';
import { countryName } from '#shared/partners/regions';
import { sendEmail } from '#shared/platform/aws/email';
import { startDirectBillExecution, startEnrollmentExecution } from '#shared/platform/aws/executions';
import { deleteIdentity } from '#shared/platform/aws/identity';
import { resumeTask } from '#shared/platform/aws/sfn';
import { clock } from '#shared/platform/clock';
import { readConfig } from '#shared/platform/config';
import {
  type Catalog,
  type DirectBillNotice,
  formatDate,
  type LinkChange,
  stopReasons,
} from '#shared/platform/email/catalog';
import { renderEmail, textToHtml } from '#shared/platform/email/render';
import { publicLink } from '#shared/platform/links';
import type { DomainEvent } from '#shared/platform/outbox';
import * as z from '#shared/platform/zod';
import { getMember, getOrganization, type Organization } from '#shared/users/organizations-store';

const config = readConfig(z.object({ OPERATIONS_EMAIL: z.email().default('operations@csp-partner.local') }));

/** One side effect of an event. Its name keys the at-most-once claim, so names must stay stable. */
export interface Reaction {
  name: string;
  run(event: DomainEvent): Promise<void>;
}

const str = (value: unknown): string => String(value ?? '');

const startWorkflow: Reaction = {
  name: 'start-workflow',
  run: async (event) => {
    // A start the reconciler has already superseded (it moved the enrollment to a newer execution) is skipped.
    const current = await getEnrollmentRecord(str(event.organizationId), true);
    if (current && current.executionName !== event.payload.executionName) return;
    const input: EnrollmentExecutionInput = {
      organizationId: str(event.organizationId),
      enrollmentId: str(event.payload.enrollmentId),
      correlationId: event.correlationId ?? event.eventId,
      resumeAt: (event.payload.resumeAt as EnrollmentExecutionInput['resumeAt'] | undefined) ?? 'Start',
    };
    await startEnrollmentExecution(str(event.payload.executionName), input);
  },
};

/** Resumes the workflow step that waited on this answer (the token travelled in the event, server-side). */
const resumeWorkflow = (output: (event: DomainEvent) => Record<string, unknown>): Reaction => ({
  name: 'resume-workflow',
  run: async (event) => {
    if (event.payload.taskToken) await resumeTask(str(event.payload.taskToken), output(event));
  },
});

type ContactMessage = {
  [K in keyof Catalog]: Parameters<Catalog[K]>[0] extends { name: string; organization: string } ? K : never;
}[keyof Catalog];

/** Emails the enrollment's primary contact, in their language. */
const emailContact = <K extends ContactMessage>(
  message: K,
  extra: (event: DomainEvent, e: EnrollmentRecord) => Omit<Parameters<Catalog[K]>[0], 'name' | 'organization'>,
): Reaction => ({
  name: `email-contact-${message}`,
  run: async (event) => {
    const loaded = await load(event);
    if (!loaded?.enrollment.primaryContact) return;
    const { enrollment, organization } = loaded;
    const contact = enrollment.primaryContact!;
    const params = {
      name: contact.fullName,
      organization: organization.legalName,
      ...extra(event, enrollment),
    } as Parameters<Catalog[K]>[0];
    await sendEmail(renderEmail(message, contact.language, contact.email, params));
  },
});

async function load(
  event: DomainEvent,
): Promise<{ enrollment: EnrollmentRecord; organization: Organization } | undefined> {
  const organizationId = str(event.organizationId);
  const [enrollment, organization] = await Promise.all([
    getEnrollmentRecord(organizationId),
    getOrganization(organizationId),
  ]);
  return enrollment && organization ? { enrollment, organization } : undefined;
}

const enrollmentLink = (event: DomainEvent) => publicLink(`/v1/enrollments/${str(event.payload.enrollmentId)}`);
const none = () => ({});

/**
 * Mints the invitation's personalized link and emails it: the link's secret exists only in this email,
 * its hash in the table. A retried send mints a new link; every link of the invitation works until it settles.
 */
const sendInvitation: Reaction = {
  name: 'email-invitation',
  run: async (event) => {
    if (!event.payload.sendEmail) return;
    const invitation = await getInvitation(str(event.payload.invitationId));
    if (!invitation || effectiveState(invitation, clock.nowIso()) !== 'Pending') return;
    await invitationMessages[invitation.kind](invitation, await mintInvitationToken(invitation));
  },
};

/** The email of each kind of invitation. */
export const invitationMessages: Record<
  InvitationRecord['kind'],
  (invitation: InvitationRecord, token: string) => Promise<void>
> = {
  Reseller: async (invitation, token) => {
    const link = publicLink('/v1/pages/invitation', { token });
    const expiresOn = formatDate(new Date(invitation.expiresAt), invitation.language);
    const location = countryName(str(invitation.details?.providerCountry), invitation.language);
    await sendEmail(
      renderEmail('resellerInvitation', invitation.language, invitation.invitedEmail, {
        provider: invitation.fromName,
        location,
        link,
        expiresOn,
        message: invitation.message,
      }),
    );
  },
  Customer: async (invitation, token) => {
    if (!invitation.invitedEmail) return;
    const email = (invitation.details?.email ?? {}) as { subject?: string; template?: string };
    const link = publicLink('/v1/pages/invitation', { token });
    const fallback = renderEmail('customerInvitation', invitation.language, invitation.invitedEmail, {
      partner: invitation.fromName,
      provider: invitation.details?.providerName as string | undefined,
      delegatedAdmin: Boolean(invitation.details?.requestDelegatedAdmin),
      link,
    });
    const text = email.template ? email.template.split(linkPlaceholder).join(link) : fallback.text;
    await sendEmail({
      to: invitation.invitedEmail,
      subject: email.subject ?? fallback.subject,
      text,
      html: textToHtml(text),
    });
  },
};

/** Tells a direct-bill partner's contact, in its language. */
async function directBillNotice(event: DomainEvent, notice: DirectBillNotice, reasons: string[] = []): Promise<void> {
  const organization = await getOrganization(str(event.organizationId));
  if (!organization?.contactEmail) return;
  await sendEmail(
    renderEmail('directBillNotice', organization.language, organization.contactEmail, {
      name: organization.legalName,
      organization: organization.legalName,
      notice,
      reasons,
    }),
  );
}

/** Tells both sides of a provider-reseller link, each in its own language. */
function emailBothSides(change: LinkChange): Reaction {
  return {
    name: 'email-both-sides',
    run: async (event) => {
      const [provider, reseller] = await Promise.all([
        getOrganization(str(event.payload.providerId)),
        getOrganization(str(event.payload.resellerId)),
      ]);
      if (!provider || !reseller) return;
      for (const [self, other] of [
        [provider, reseller],
        [reseller, provider],
      ] as const) {
        if (!self.contactEmail) continue;
        await sendEmail(
          renderEmail('partnerLinkChanged', self.language, self.contactEmail, {
            name: self.legalName,
            organization: self.legalName,
            other: other.legalName,
            change,
          }),
        );
      }
    },
  };
}

/** What each event type causes outside the table: workflow starts and signals, and emails. */
export const reactions: Record<string, Reaction[]> = {
  EnrollmentStarted: [startWorkflow],
  EnrollmentResumed: [startWorkflow],
  EmailOwnershipVerified: [resumeWorkflow((event) => ({ verifiedAt: event.occurredAt }))],
  EnrollmentUnderReview: [emailContact('enrollmentUnderReview', none)],
  EnrollmentRejected: [
    {
      name: 'email-contact',
      run: async (event) => {
        if (event.payload.reason === 'EmailDomain') await emailContact('enrollmentEmailRejected', none).run(event);
      },
    },
  ],
  EnrollmentReviewed: [
    resumeWorkflow((event) => ({ decision: event.payload.decision })),
    {
      name: 'email-contact',
      run: async (event) => {
        const decision = event.payload.decision;
        if (decision === 'Approve') {
          await emailContact('enrollmentApproved', (e, enrollment) => ({
            partnerIdMissing: enrollment.checks?.partnerId?.status !== 'Valid',
            link: enrollmentLink(e),
          })).run(event);
        } else if (decision === 'Reject') {
          await emailContact('enrollmentRejected', (e) => ({ reason: str(e.payload.reason) })).run(event);
        } else {
          await emailContact('informationRequested', (e) => ({
            question: str(e.payload.question),
            link: enrollmentLink(e),
          })).run(event);
        }
      },
    },
  ],
  EnrollmentReviewDelayed: [
    emailContact('reviewDelayed', none),
    {
      name: 'alert-operators',
      run: async (event) => {
        const loaded = await load(event);
        const params = {
          organization: loaded?.organization.legalName ?? str(event.organizationId),
          enrollmentId: str(event.payload.enrollmentId),
          dueAt: str(event.payload.dueAt),
        };
        await sendEmail(renderEmail('operatorReviewDelayed', 'en', config.OPERATIONS_EMAIL, params));
      },
    },
  ],
  InquiryAnswered: [resumeWorkflow(() => ({ answered: true }))],
  AgreementSigned: [resumeWorkflow(() => ({ signed: true }))],
  AgreementSignatureReminder: [
    emailContact('signatureReminder', (e) => ({ reminder: Number(e.payload.reminder), link: enrollmentLink(e) })),
  ],
  PartnerUserAdded: [
    {
      name: 'email-user',
      run: async (event) => {
        if (!event.payload.sendSignInEmail) return;
        const [member, organization] = await Promise.all([
          getMember(str(event.payload.userId)),
          getOrganization(str(event.organizationId)),
        ]);
        if (!member || !organization) return;
        await sendEmail(
          renderEmail('userAdded', member.language, member.email, {
            name: member.fullName,
            organization: organization.legalName,
            link: publicLink('/v1/sign-in'),
          }),
        );
      },
    },
  ],
  // the membership is gone already (sign-in and calls stopped); the identity follows, retried until done
  PartnerUserRemoved: [{ name: 'delete-identity', run: async (event) => deleteIdentity(str(event.payload.userId)) }],
  InvitationCreated: [sendInvitation],
  InvitationResent: [sendInvitation],
  ProviderLinkCreated: [emailBothSides('created')],
  ProviderLinkSuspended: [emailBothSides('suspended')],
  ProviderLinkResumed: [emailBothSides('resumed')],
  ProviderLinkEnded: [emailBothSides('ended')],
  ProviderAdminAccessRemoved: [emailBothSides('adminRemoved')],
  DelegatedAdminRemoved: [
    {
      name: 'email-partner',
      run: async (event) => {
        const [partner, customer] = await Promise.all([
          getOrganization(str(event.payload.partnerId)),
          getOrganization(str(event.payload.customerId)),
        ]);
        if (!partner?.contactEmail || !customer) return;
        await sendEmail(
          renderEmail('delegatedAdminRemoved', partner.language, partner.contactEmail, {
            name: partner.legalName,
            organization: partner.legalName,
            customer: customer.legalName,
          }),
        );
      },
    },
  ],
  DirectBillApplicationStarted: [
    {
      name: 'start-workflow',
      run: async (event) =>
        startDirectBillExecution(str(event.payload.executionName), {
          organizationId: str(event.organizationId),
          applicationId: str(event.payload.applicationId),
          correlationId: event.correlationId ?? event.eventId,
        }),
    },
  ],
  DirectBillStepAnswered: [
    resumeWorkflow((event) => (event.payload.output ?? {}) as Record<string, unknown>),
    {
      name: 'email-contact',
      run: async (event) => {
        if (event.payload.step !== 'CreditCheck') return;
        await directBillNotice(
          event,
          (event.payload.output as { passed?: boolean })?.passed ? 'creditCheckPassed' : 'creditCheckFailed',
        );
      },
    },
  ],
  DirectBillApplicationApproved: [{ name: 'email-contact', run: (event) => directBillNotice(event, 'approved') }],
  DirectBillApplicationEnded: [
    {
      name: 'email-contact',
      run: async (event) => {
        const outcome = event.payload.outcome;
        if (outcome === 'Rejected') await directBillNotice(event, 'rejected');
        if (outcome === 'Ineligible') await directBillNotice(event, 'ineligible');
      },
    },
  ],
  DirectBillActivated: [{ name: 'email-contact', run: (event) => directBillNotice(event, 'active') }],
  DirectBillRestricted: [
    {
      name: 'email-contact',
      run: (event) => directBillNotice(event, 'restricted', (event.payload.reasons ?? []) as string[]),
    },
  ],
  DirectBillLifted: [{ name: 'email-contact', run: (event) => directBillNotice(event, 'lifted') }],
  EnrollmentActivated: [emailContact('enrollmentActivated', () => ({ link: publicLink('/v1/partner-profile') }))],
  ...Object.fromEntries(
    [
      'EnrollmentEmailVerificationExpired',
      'EnrollmentInquiryExpired',
      'EnrollmentAgreementExpired',
      'EnrollmentFailed',
    ].map((type) => [
      type,
      [
        {
          name: 'email-contact',
          run: async (event: DomainEvent) => {
            const loaded = await load(event);
            const contact = loaded?.enrollment.primaryContact;
            if (!loaded || !contact) return;
            const reason = stopReasons[type.replace(/^Enrollment/, '')]![contact.language];
            await sendEmail(
              renderEmail('timelineStopped', contact.language, contact.email, {
                name: contact.fullName,
                organization: loaded.organization.legalName,
                reason,
              }),
            );
          },
        },
      ],
    ]),
  ),
};
