import { loadEnrollment } from '#shared/console/enrollment-load';
import { enrollmentLabels, enrollmentScreen } from '#shared/console/enrollment-screen';
import { ct, errorsOf } from '#shared/console/layout';
import { submitContactCorrection } from '#shared/console/routes';
import { screen } from '#shared/console/screen';
import { correctEnrollment } from '#shared/enrollment/corrections';
import { CorrectEnrollmentRequest } from '#shared/enrollment/schemas';
import { validate } from '#shared/http/request';
import { NotFoundError } from '#shared/platform/errors';
import type * as z from '#shared/platform/zod';

/** Corrects the primary contact with the API's rules (a new address is verified again). */
export const handler = screen(
  submitContactCorrection,
  { permission: 'enrollment:manage', returnTo: '/v1/console/enrollment' },
  async ({ body, correlationId }, ctx) => {
    const { organization, record } = await loadEnrollment(ctx);
    try {
      if (!record) throw new NotFoundError('There is no enrollment to correct.');
      const request = validate(
        CorrectEnrollmentRequest,
        {
          primaryContact: {
            fullName: body.contactName ?? '',
            email: (body.contactEmail ?? '').trim(),
            phone: body.phone ?? '',
            language: body.contactLanguage || ctx.language,
          },
        },
        'body',
      ) as z.output<typeof CorrectEnrollmentRequest>;
      const corrected = await correctEnrollment(record, organization.country, request, correlationId);
      return enrollmentScreen(ctx, organization, corrected, { notice: ct(ctx.language, 'saved') });
    } catch (error) {
      return enrollmentScreen(ctx, organization, record, {
        errors: errorsOf(error, enrollmentLabels(ctx)),
        values: body,
        status: 422,
      });
    }
  },
);
