import { identityEmails } from '#shared/identity/emails';
import { identityEvents } from '#shared/identity/events';
import { mintEmailProof, proofLifetimeHours } from '#shared/identity/proofs-store';
import { getPendingSignUp } from '#shared/identity/sign-up-store';
import { sendEmail } from '#shared/platform/aws/email';
import { renderEmail } from '#shared/platform/email/render';
import { publicLink } from '#shared/platform/links';
import { mergeReactions } from '#shared/platform/outbox';
import { findUserIdByEmail, getMember, getOrganization } from '#shared/users/organizations-store';

/** Sign-up's email: a proof link to an unknown address, a "you already have an account" note to a known one. */
const signUpReactions = identityEvents.on('SignUpRequested', {
  name: 'email-sign-up',
  run: async (event) => {
    const signUp = await getPendingSignUp(event.payload.signUpId);
    if (!signUp) return;
    const { admin, organization } = signUp;
    if (await findUserIdByEmail(admin.email)) {
      await sendEmail(
        renderEmail(identityEmails.alreadyRegistered, admin.language, admin.email, {
          name: admin.fullName,
          link: publicLink('/v1/pages/sign-in', { lang: admin.language }),
        }),
      );
      return;
    }
    const token = await mintEmailProof({
      purpose: 'SignUp',
      subjectId: signUp.signUpId,
      email: admin.email,
      choosePassword: true,
    });
    await sendEmail(
      renderEmail(identityEmails.confirmSignUp, admin.language, admin.email, {
        name: admin.fullName,
        organization: organization.legalName,
        link: publicLink('/v1/pages/email-confirmation', { token }),
        hours: proofLifetimeHours.SignUp,
      }),
    );
  },
});

/** A forgotten password: a one-hour proof link that lets the mailbox's owner choose a new one. */
const passwordResetReactions = identityEvents.on('PasswordResetRequested', {
  name: 'email-password-reset',
  run: async (event) => {
    const member = await getMember(event.payload.userId);
    const organization = member && (await getOrganization(member.organizationId));
    if (member?.status !== 'active' || !organization) return;
    const token = await mintEmailProof({
      purpose: 'PasswordReset',
      subjectId: member.userId,
      email: member.email,
      choosePassword: true,
    });
    await sendEmail(
      renderEmail(identityEmails.resetPassword, member.language, member.email, {
        name: member.fullName,
        organization: organization.legalName,
        link: publicLink('/v1/pages/email-confirmation', { token, lang: member.language }),
      }),
    );
  },
});

export const identityReactions = mergeReactions(signUpReactions, passwordResetReactions);
