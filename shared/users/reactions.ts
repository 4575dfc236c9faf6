import { sendEmail } from '#shared/platform/aws/email';
import { deleteIdentity } from '#shared/platform/aws/identity';
import { renderEmail } from '#shared/platform/email/render';
import { publicLink } from '#shared/platform/links';
import { mergeReactions } from '#shared/platform/outbox';
import { userEmails } from '#shared/users/emails';
import { userEvents } from '#shared/users/events';
import { getMember, getOrganization } from '#shared/users/organizations-store';

/** What user events cause outside the table: the sign-in email, and the identity's deletion. */
export const userReactions = mergeReactions(
  userEvents.on('PartnerUserAdded', {
    name: 'email-user',
    run: async (event) => {
      if (!event.payload.sendSignInEmail) return;
      const [member, organization] = await Promise.all([
        getMember(event.payload.userId),
        getOrganization(String(event.organizationId)),
      ]);
      if (!member || !organization) return;
      await sendEmail(
        renderEmail(userEmails.userAdded, member.language, member.email, {
          name: member.fullName,
          organization: organization.legalName,
          link: publicLink('/v1/sign-in'),
        }),
      );
    },
  }),
  // the membership is gone already (sign-in and calls stopped); the identity follows, retried until done
  userEvents.on('PartnerUserRemoved', {
    name: 'delete-identity',
    run: async (event) => deleteIdentity(event.payload.userId),
  }),
);
