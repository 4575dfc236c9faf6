import { sendEmail } from '../aws/email';
import { resumeTask, startEnrollmentExecution } from '../aws/workflow';
import { getEnrollmentRecord } from '../data/enrollments';
import type { DomainEvent } from '../data/events';
import { getOrganization } from '../data/users';
import { renderEmail } from '../email/render';

/** One side effect of an event. Its name keys the at-most-once claim, so names must stay stable. */
export interface Reaction {
  name: string;
  run(event: DomainEvent): Promise<void>;
}

const str = (value: unknown): string => String(value ?? '');

/** What each event type causes outside the table: workflow signals and emails. */
export const reactions: Record<string, Reaction[]> = {
  EnrollmentStarted: [
    {
      name: 'start-workflow',
      run: async (event) => {
        const enrollmentId = str(event.payload.enrollmentId);
        await startEnrollmentExecution(enrollmentId, { organizationId: event.organizationId, enrollmentId, correlationId: event.correlationId });
      },
    },
  ],
  EmailOwnershipVerified: [
    {
      name: 'resume-workflow',
      run: async (event) => resumeTask(str(event.payload.taskToken), { verifiedAt: event.occurredAt }),
    },
  ],
  EnrollmentUnderReview: [{ name: 'email-primary-contact', run: (event) => emailPrimaryContact(event, 'enrollmentUnderReview') }],
  EnrollmentRejected: [
    {
      name: 'email-primary-contact',
      run: async (event) => {
        if (event.payload.reason === 'EmailDomain') await emailPrimaryContact(event, 'enrollmentEmailRejected');
      },
    },
  ],
};

async function emailPrimaryContact(event: DomainEvent, message: 'enrollmentUnderReview' | 'enrollmentEmailRejected'): Promise<void> {
  const organizationId = str(event.organizationId);
  const [enrollment, organization] = await Promise.all([getEnrollmentRecord(organizationId), getOrganization(organizationId)]);
  if (!enrollment || !organization) return;
  const contact = enrollment.primaryContact;
  await sendEmail(renderEmail(message, contact.language, contact.email, { name: contact.fullName, organization: organization.legalName }));
}
