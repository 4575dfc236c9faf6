import { httpHandler, reply } from '#shared/http/handler';
import { bearerToken } from '#shared/http/request';
import { startTotpEnrollment } from '#shared/identity/routes';
import { startTotp } from '#shared/platform/aws/identity';

/** The secret for the caller's authenticator app, from its own access token (so only the caller can start it). */
export const handler = httpHandler(startTotpEnrollment, async ({ headers, caller }) => {
  const secret = await startTotp(bearerToken(headers.authorization));
  const label = encodeURIComponent(`CSP Partner:${caller.email}`);
  return reply.ok({ secret, otpauthUri: `otpauth://totp/${label}?secret=${secret}&issuer=CSP%20Partner` });
});
