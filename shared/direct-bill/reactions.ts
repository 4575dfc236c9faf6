import { type DirectBillNotice, directBillEmails } from '#shared/direct-bill/emails';
import { directBillEvents } from '#shared/direct-bill/events';
import { startDirectBillExecution } from '#shared/platform/aws/executions';
import { publicLink } from '#shared/platform/links';
import { sendNotice } from '#shared/platform/notices';
import { type DomainEvent, mergeReactions } from '#shared/platform/outbox';
import { resumeWorkflow } from '#shared/platform/workflow-reactions';
import { noticeFor, noticeRecipient } from '#shared/users/contact';
import { getOrganization } from '#shared/users/organizations-store';

/** Tells a direct-bill partner's contact, in its language. */
async function directBillNotice(
  event: DomainEvent<string, unknown>,
  notice: DirectBillNotice,
  reasons: string[] = [],
): Promise<void> {
  const recipient = await noticeRecipient(await getOrganization(String(event.organizationId)));
  if (!recipient) return;
  await sendNotice(
    String(event.organizationId),
    noticeFor(recipient, directBillEmails.directBillNotice, { notice, reasons }),
  );
}

/** What direct-bill events cause outside the table: the application's workflow, and the partner told. */
export const directBillReactions = mergeReactions(
  directBillEvents.on('DirectBillApplicationStarted', {
    name: 'start-workflow',
    run: async (event) =>
      startDirectBillExecution(event.payload.executionName, {
        organizationId: String(event.organizationId),
        applicationId: event.payload.applicationId,
        correlationId: event.correlationId ?? event.eventId,
      }),
  }),
  directBillEvents.on(
    'DirectBillStepAnswered',
    resumeWorkflow((event) => event.payload.output),
    {
      name: 'email-contact',
      run: async (event) => {
        if (event.payload.step !== 'CreditCheck') return;
        const passed = (event.payload.output as { passed?: boolean }).passed;
        await directBillNotice(event, passed ? 'creditCheckPassed' : 'creditCheckFailed');
      },
    },
  ),
  directBillEvents.on('DirectBillApplicationApproved', {
    name: 'email-contact',
    run: (event) => directBillNotice(event, 'approved'),
  }),
  directBillEvents.on('DirectBillApplicationEnded', {
    name: 'email-contact',
    run: async (event) => {
      if (event.payload.outcome === 'Rejected') await directBillNotice(event, 'rejected');
      if (event.payload.outcome === 'Ineligible') await directBillNotice(event, 'ineligible');
    },
  }),
  directBillEvents.on('DirectBillActivated', {
    name: 'email-contact',
    run: (event) => directBillNotice(event, 'active'),
  }),
  directBillEvents.on('DirectBillRestricted', {
    name: 'email-contact',
    run: (event) => directBillNotice(event, 'restricted', event.payload.reasons),
  }),
  directBillEvents.on('DirectBillLifted', { name: 'email-contact', run: (event) => directBillNotice(event, 'lifted') }),
  directBillEvents.on('DirectBillTransitionStarted', {
    name: 'email-provider',
    run: async (event) => {
      const [partner, provider] = await Promise.all([
        getOrganization(String(event.organizationId)),
        getOrganization(event.payload.providerId),
      ]);
      const recipient = await noticeRecipient(provider);
      if (!recipient || !partner) return;
      await sendNotice(
        partner.organizationId,
        noticeFor(recipient, directBillEmails.transitionRequested, {
          partner: partner.legalName,
          link: publicLink('/v1/console/indirect-resellers', { lang: recipient.language }),
        }),
      );
    },
  }),
);
