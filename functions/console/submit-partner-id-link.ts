import { loadEnrollment } from '#shared/console/enrollment-load';
import { enrollmentLabels, enrollmentScreen } from '#shared/console/enrollment-screen';
import { ct, errorsOf } from '#shared/console/layout';
import { submitPartnerIdLink } from '#shared/console/routes';
import { screen } from '#shared/console/screen';
import { linkPartnerIdFor } from '#shared/enrollment/actions';
import { LinkPartnerIdRequest } from '#shared/enrollment/schemas';
import { validate } from '#shared/http/request';
import { NotFoundError } from '#shared/platform/errors';
import type * as z from '#shared/platform/zod';

/** Links a PartnerID with the API's rule, or asks its directory contact to confirm first. */
export const handler = screen(
  submitPartnerIdLink,
  { permission: 'enrollment:manage', returnTo: '/v1/console/enrollment' },
  async ({ body, correlationId }, ctx) => {
    const { organization, record } = await loadEnrollment(ctx);
    try {
      if (!record) throw new NotFoundError('There is no enrollment.');
      const { partnerId } = validate(
        LinkPartnerIdRequest,
        { partnerId: (body.partnerId ?? '').trim() },
        'body',
      ) as z.output<typeof LinkPartnerIdRequest>;
      const outcome = await linkPartnerIdFor(ctx.member, record.enrollmentId, partnerId, correlationId);
      const notice =
        'linked' in outcome
          ? ct(ctx.language, 'partnerIdLinked', { partnerId })
          : ct(ctx.language, 'partnerIdConfirmationSent', {
              email: outcome.sentTo,
              hours: String(outcome.expiresInHours),
            });
      const after = 'linked' in outcome ? outcome.linked : record;
      return enrollmentScreen(ctx, organization, after, { notice });
    } catch (error) {
      return enrollmentScreen(ctx, organization, record, {
        errors: errorsOf(error, enrollmentLabels(ctx)),
        values: body,
        status: 422,
      });
    }
  },
);
