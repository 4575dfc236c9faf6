import { loadEnrollment } from '#shared/console/enrollment-load';
import { enrollmentLabels, enrollmentScreen } from '#shared/console/enrollment-screen';
import { errorsOf } from '#shared/console/layout';
import { submitEnrollmentStart } from '#shared/console/routes';
import { screen } from '#shared/console/screen';
import { CreateEnrollmentRequest } from '#shared/enrollment/schemas';
import { startEnrollment } from '#shared/enrollment/start';
import { validate } from '#shared/http/request';
import type * as z from '#shared/platform/zod';

/** Starts the enrollment with the API's own schema and rules; a refusal shows the form again, naming each field. */
export const handler = screen(
  submitEnrollmentStart,
  { permission: 'enrollment:manage', returnTo: '/v1/console/enrollment' },
  async ({ body, correlationId }, ctx) => {
    const { organization } = await loadEnrollment(ctx);
    try {
      const request = validate(
        CreateEnrollmentRequest,
        {
          legalProfile: {
            legalName: body.legalName ?? '',
            address: {
              line1: body.line1 ?? '',
              city: body.city ?? '',
              ...(body.postalCode ? { postalCode: body.postalCode } : {}),
              country: organization.country,
            },
          },
          primaryContact: {
            fullName: body.contactName ?? '',
            email: (body.contactEmail ?? '').trim(),
            phone: body.phone ?? '',
            language: body.contactLanguage || ctx.language,
          },
          support: { email: body.supportEmail ?? '', phone: body.supportPhone ?? '', website: body.website ?? '' },
        },
        'body',
      ) as z.output<typeof CreateEnrollmentRequest>;
      await startEnrollment(request, ctx.member, correlationId);
    } catch (error) {
      const { record } = await loadEnrollment(ctx);
      return enrollmentScreen(ctx, organization, record, {
        errors: errorsOf(error, enrollmentLabels(ctx)),
        values: body,
        status: 422,
      });
    }
    const { record } = await loadEnrollment(ctx);
    return enrollmentScreen(ctx, organization, record);
  },
);
