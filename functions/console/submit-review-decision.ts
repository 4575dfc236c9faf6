import { ct, errorsOf } from '#shared/console/layout';
import { reviewQueueScreen } from '#shared/console/reviews-screen';
import { submitReviewDecision } from '#shared/console/routes';
import { screen } from '#shared/console/screen';
import { decideReview } from '#shared/enrollment/actions';
import { ReviewEnrollmentRequest } from '#shared/enrollment/schemas';
import { validate } from '#shared/http/request';
import type * as z from '#shared/platform/zod';

/** An operator's decision from the queue, with the API's rules (a reason to reject, a question to ask). */
export const handler = screen(
  submitReviewDecision,
  { permission: 'operator:review', returnTo: '/v1/console/operator/reviews' },
  async ({ params, body, correlationId }, ctx) => {
    try {
      const decision = validate(
        ReviewEnrollmentRequest,
        {
          decision: body.decision ?? '',
          ...(body.reason ? { reason: body.reason } : {}),
          ...(body.question ? { question: body.question } : {}),
        },
        'body',
      ) as z.output<typeof ReviewEnrollmentRequest>;
      const decided = await decideReview(ctx.member, params.enrollmentId, decision, correlationId);
      return reviewQueueScreen(ctx, {
        notice: ct(ctx.language, 'decided', {
          organization: decided.legalProfile?.legalName ?? decided.organizationId,
        }),
      });
    } catch (error) {
      return reviewQueueScreen(ctx, {
        errors: errorsOf(error, {
          reason: ct(ctx.language, 'reasonLabel'),
          question: ct(ctx.language, 'questionLabel'),
        }),
        status: 422,
      });
    }
  },
);
