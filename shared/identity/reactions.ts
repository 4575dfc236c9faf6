import { identityEmails } from '#shared/identity/emails';
import { identityEvents } from '#shared/identity/events';
import { mintEmailProof, proofLifetimeHours } from '#shared/identity/proofs-store';
import { getPendingSignUp } from '#shared/identity/sign-up-store';
import { sendEmail } from '#shared/platform/aws/email';
import { renderEmail } from '#shared/platform/email/render';
import { publicLink } from '#shared/platform/links';
import { findUserIdByEmail } from '#shared/users/organizations-store';

/** Sign-up's email: a proof link to an unknown address, a "you already have an account" note to a known one. */
export const identityReactions = identityEvents.on('SignUpRequested', {
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
