import { loadEnrollment } from '#shared/console/enrollment-load';
import { enrollmentLabels, enrollmentScreen } from '#shared/console/enrollment-screen';
import { ct, errorsOf } from '#shared/console/layout';
import { submitInquiryResponse } from '#shared/console/routes';
import { screen } from '#shared/console/screen';
import { answerInquiry } from '#shared/enrollment/actions';
import { RespondToInquiryRequest } from '#shared/enrollment/schemas';
import { validate } from '#shared/http/request';
import { NotFoundError } from '#shared/platform/errors';
import type * as z from '#shared/platform/zod';

/** Answers the reviewer's question; the review resumes. */
export const handler = screen(
  submitInquiryResponse,
  { permission: 'enrollment:manage', returnTo: '/v1/console/enrollment' },
  async ({ body, correlationId }, ctx) => {
    const { organization, record } = await loadEnrollment(ctx);
    try {
      if (!record) throw new NotFoundError('There is no enrollment.');
      const { answer } = validate(RespondToInquiryRequest, { answer: body.answer ?? '' }, 'body') as z.output<
        typeof RespondToInquiryRequest
      >;
      const answered = await answerInquiry(ctx.member, record.enrollmentId, answer, correlationId);
      return enrollmentScreen(ctx, organization, answered, { notice: ct(ctx.language, 'saved') });
    } catch (error) {
      return enrollmentScreen(ctx, organization, record, {
        errors: errorsOf(error, enrollmentLabels(ctx)),
        values: body,
        status: 422,
      });
    }
  },
);
