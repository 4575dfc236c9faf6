import { mintEmailProof, proofLifetimeHours } from '#shared/identity/proofs-store';
import { sendEmail } from '#shared/platform/aws/email';
import { deleteIdentity } from '#shared/platform/aws/identity';
import { readConfig } from '#shared/platform/config';
import { renderEmail } from '#shared/platform/email/render';
import { publicLink } from '#shared/platform/links';
import { sendNotice } from '#shared/platform/notices';
import { mergeReactions } from '#shared/platform/outbox';
import * as z from '#shared/platform/zod';
import { type NoticeRecipient, noticeFor, noticeRecipient } from '#shared/users/contact';
import { userEmails } from '#shared/users/emails';
import { userEvents } from '#shared/users/events';
import { getMember, getOrganization } from '#shared/users/organizations-store';
import { serviceRequestEmails } from '#shared/users/service-request-emails';
import { getServiceRequestRecord, type ServiceRequestRecord } from '#shared/users/service-requests-store';

/** Mints a proof link for the user and emails it with one of this feature's messages. */
async function emailProofLink(userId: string, organizationId: string, which: 'userAdded' | 'choosePassword') {
  const [member, organization] = await Promise.all([getMember(userId), getOrganization(organizationId)]);
  if (!member || !organization || member.status !== 'active') return;
  const choosePassword = member.mustChoosePassword === true;
  if (which === 'choosePassword' && !choosePassword) return; // chosen meanwhile
  const token = await mintEmailProof({
    purpose: 'Member',
    subjectId: member.userId,
    email: member.email,
    choosePassword,
  });
  const params = {
    name: member.fullName,
    organization: organization.legalName,
    link: publicLink('/v1/pages/email-confirmation', { token }),
    hours: proofLifetimeHours.Member,
  };
  await sendEmail(
    which === 'userAdded'
      ? renderEmail(userEmails.userAdded, member.language, member.email, { ...params, choosePassword })
      : renderEmail(userEmails.choosePassword, member.language, member.email, params),
  );
}

const config = readConfig(z.object({ OPERATIONS_EMAIL: z.email().default('operations@csp-partner.local') }));

/** Who reads a service request's news on a side: the customer's contact, the partner's requester, or operations. */
async function serviceRequestRecipient(
  record: ServiceRequestRecord,
  side: 'Partner' | 'Customer' | 'Operator',
): Promise<NoticeRecipient | undefined> {
  if (side === 'Customer') return noticeRecipient(await getOrganization(record.customerId ?? ''));
  if (side === 'Operator')
    return { email: config.OPERATIONS_EMAIL, name: 'CSP operations', language: 'en', organization: 'the CSP program' };
  const [partner, creator] = await Promise.all([getOrganization(record.organizationId), getMember(record.createdBy)]);
  if (creator?.status === 'active' && creator.organizationId === record.organizationId && partner)
    return {
      email: creator.email,
      name: creator.fullName,
      language: creator.language,
      organization: partner.legalName,
    };
  return noticeRecipient(partner);
}

/** The other side of a service request told of an opening, a comment or a status change, in its language. */
async function tellOtherSide(
  event: { organizationId?: string },
  serviceRequestId: string,
  actor: 'Partner' | 'Customer' | 'Operator',
  change: { opened: boolean; comment?: string },
): Promise<void> {
  const record = await getServiceRequestRecord(serviceRequestId);
  if (!record) return;
  const other =
    record.category === 'Customer'
      ? actor === 'Customer'
        ? 'Partner'
        : 'Customer'
      : actor === 'Operator'
        ? 'Partner'
        : 'Operator';
  const recipient = await serviceRequestRecipient(record, other);
  if (!recipient) return;
  const by =
    actor === 'Operator'
      ? 'The CSP program team'
      : ((await getOrganization(actor === 'Customer' ? (record.customerId ?? '') : record.organizationId))?.legalName ??
        'A partner');
  await sendNotice(
    String(event.organizationId),
    noticeFor(recipient, serviceRequestEmails.serviceRequestUpdate, {
      title: record.title,
      by,
      status: record.status,
      comment: change.comment,
      opened: change.opened,
      serviceRequestId: record.serviceRequestId,
    }),
  );
}

/** What user events cause outside the table: the proof emails, and the identity's deletion. */
export const userReactions = mergeReactions(
  userEvents.on('ServiceRequestOpened', {
    name: 'email-other-side',
    run: async (event) => {
      if (event.payload.category !== 'Customer') return;
      await tellOtherSide(event, event.payload.serviceRequestId, 'Partner', { opened: true });
    },
  }),
  userEvents.on('ServiceRequestUpdated', {
    name: 'email-other-side',
    run: (event) =>
      tellOtherSide(event, event.payload.serviceRequestId, event.payload.side, {
        opened: false,
        comment: event.payload.excerpt,
      }),
  }),
  userEvents.on('PartnerUserAdded', {
    name: 'email-user',
    run: (event) => emailProofLink(event.payload.userId, String(event.organizationId), 'userAdded'),
  }),
  userEvents.on(
    'PartnerUserRolesChanged',
    {
      name: 'email-choose-password',
      run: async (event) => {
        if (event.payload.choosePassword)
          await emailProofLink(event.payload.userId, String(event.organizationId), 'choosePassword');
      },
    },
    {
      name: 'email-user',
      run: async (event) => {
        const [member, organization] = await Promise.all([
          getMember(event.payload.userId),
          getOrganization(String(event.organizationId)),
        ]);
        if (member?.status !== 'active' || !organization) return;
        const { from, to } = event.payload;
        await sendNotice(
          organization.organizationId,
          renderEmail(userEmails.rolesChanged, member.language, member.email, {
            name: member.fullName,
            organization: organization.legalName,
            from: [from.agentRole, from.adminRole],
            to: [to.agentRole, to.adminRole],
          }),
        );
      },
    },
  ),
  // the membership is gone already (sign-in and calls stopped); the identity follows, retried until done
  userEvents.on(
    'PartnerUserRemoved',
    { name: 'delete-identity', run: async (event) => deleteIdentity(event.payload.userId) },
    {
      name: 'email-user',
      run: async (event) => {
        const organization = await getOrganization(String(event.organizationId));
        if (!organization) return;
        await sendNotice(
          organization.organizationId,
          renderEmail(userEmails.userRemoved, event.payload.language ?? organization.language, event.payload.email, {
            name: event.payload.fullName ?? event.payload.email,
            organization: organization.legalName,
          }),
        );
      },
    },
  ),
);
