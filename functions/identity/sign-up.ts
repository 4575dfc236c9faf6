import { httpHandler, reply } from '#shared/http/handler';
import { proofLifetimeHours } from '#shared/identity/proofs-store';
import { signUp } from '#shared/identity/routes';
import { requestSignUp } from '#shared/identity/sign-up-store';

/**
 * Sign-up, step one: nothing is claimed until the mailbox answers. The request is recorded and an email sent
 * (a link for a new address, a "you already have an account" note for a known one), so the answer is the
 * same for both and tells nobody which addresses are registered.
 */
export const handler = httpHandler(signUp, async ({ body, correlationId }) => {
  await requestSignUp({ organization: body.organization, admin: body.admin }, correlationId);
  return reply.status(202, {
    status: 'ConfirmationSent' as const,
    email: body.admin.email,
    expiresInHours: proofLifetimeHours.SignUp,
  });
});
