import { ct, errorsOf } from '#shared/console/layout';
import { operatorDirectBillScreen } from '#shared/console/operator-direct-bill-screen';
import { submitOperatorResult } from '#shared/console/routes';
import { screen } from '#shared/console/screen';
import { recordOperatorResult } from '#shared/direct-bill/actions';
import { OperatorResultRequest } from '#shared/direct-bill/schemas';
import { validate } from '#shared/http/request';
import { ValidationError } from '#shared/platform/errors';
import * as z from '#shared/platform/zod';
import { getOrganization } from '#shared/users/organizations-store';

const Check = z.enum(['CreditCheck', 'Assessment']);

/** An operator records a credit check or an assessment from the queue (the API's rules: only the step waited on). */
export const handler = screen(
  submitOperatorResult,
  { permission: 'operator:review', returnTo: '/v1/console/operator/direct-bill' },
  async ({ params, body, correlationId }, ctx) => {
    try {
      const check = Check.safeParse(body.check);
      if (!check.success) throw new ValidationError([{ field: 'check', message: 'choose CreditCheck or Assessment' }]);
      const result = validate(
        OperatorResultRequest,
        {
          passed: body.result === 'passed',
          ...(check.data === 'Assessment' && body.assessor?.trim() ? { assessor: body.assessor } : {}),
        },
        'body',
      ) as z.output<typeof OperatorResultRequest>;
      await recordOperatorResult(params.organizationId, check.data, result, correlationId);
      const organization = await getOrganization(params.organizationId);
      return operatorDirectBillScreen(ctx, {
        notice: ct(ctx.language, 'resultRecorded', { organization: organization?.legalName ?? params.organizationId }),
      });
    } catch (error) {
      return operatorDirectBillScreen(ctx, { errors: errorsOf(error), status: 422 });
    }
  },
);
