import { mintEmailProof, proofLifetimeHours } from '#shared/identity/proofs-store';
import { sendEmail } from '#shared/platform/aws/email';
import { deleteIdentity } from '#shared/platform/aws/identity';
import { renderEmail } from '#shared/platform/email/render';
import { publicLink } from '#shared/platform/links';
import { mergeReactions } from '#shared/platform/outbox';
import { userEmails } from '#shared/users/emails';
import { userEvents } from '#shared/users/events';
import { getMember, getOrganization } from '#shared/users/organizations-store';

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

/** What user events cause outside the table: the proof emails, and the identity's deletion. */
export const userReactions = mergeReactions(
  userEvents.on('PartnerUserAdded', {
    name: 'email-user',
    run: (event) => emailProofLink(event.payload.userId, String(event.organizationId), 'userAdded'),
  }),
  userEvents.on('PartnerUserRolesChanged', {
    name: 'email-choose-password',
    run: async (event) => {
      if (event.payload.choosePassword)
        await emailProofLink(event.payload.userId, String(event.organizationId), 'choosePassword');
    },
  }),
  // the membership is gone already (sign-in and calls stopped); the identity follows, retried until done
  userEvents.on('PartnerUserRemoved', {
    name: 'delete-identity',
    run: async (event) => deleteIdentity(event.payload.userId),
  }),
);
