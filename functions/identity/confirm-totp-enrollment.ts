import { httpHandler, reply } from '#shared/http/handler';
import { bearerToken } from '#shared/http/request';
import { confirmTotpEnrollment } from '#shared/identity/routes';
import { confirmTotp } from '#shared/platform/aws/identity';

/** Turns two-step verification on once the app's first code is right. */
export const handler = httpHandler(confirmTotpEnrollment, async ({ headers, body }) => {
  await confirmTotp(bearerToken(headers.authorization), body.code);
  return reply.ok({ status: 'Enabled' as const });
});
