import { loadEnrollment } from '#shared/console/enrollment-load';
import { enrollmentScreen } from '#shared/console/enrollment-screen';
import { ct, errorsOf } from '#shared/console/layout';
import { submitVerificationResend } from '#shared/console/routes';
import { screen } from '#shared/console/screen';
import { resendVerification } from '#shared/enrollment/corrections';
import { NotFoundError } from '#shared/platform/errors';

/** Sends the verification link again (capped, as from the API). */
export const handler = screen(
  submitVerificationResend,
  { permission: 'enrollment:manage', returnTo: '/v1/console/enrollment' },
  async ({ correlationId }, ctx) => {
    const { organization, record } = await loadEnrollment(ctx);
    try {
      if (!record) throw new NotFoundError('There is no enrollment.');
      const sent = await resendVerification(record, correlationId);
      return enrollmentScreen(ctx, organization, record, {
        notice: ct(ctx.language, 'resent', { email: sent.sentTo }),
      });
    } catch (error) {
      return enrollmentScreen(ctx, organization, record, { errors: errorsOf(error), status: 409 });
    }
  },
);
