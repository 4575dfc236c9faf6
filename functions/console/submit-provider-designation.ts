import { ct, errorsOf } from '#shared/console/layout';
import { operatorPartnersScreen } from '#shared/console/operations-screen';
import { submitProviderDesignation } from '#shared/console/routes';
import { screen } from '#shared/console/screen';
import { validate } from '#shared/http/request';
import { designate } from '#shared/partners/designate';
import { DesignateProviderRequest } from '#shared/partners/schemas';
import type * as z from '#shared/platform/zod';

/** An operator designates an active partner an indirect provider for the regions checked (the API's rules). */
export const handler = screen(
  submitProviderDesignation,
  { permission: 'operator:reference-data', returnTo: '/v1/console/operator/partners' },
  async ({ params, body, correlationId }, ctx) => {
    try {
      const checked = body.regions === undefined ? [] : [body.regions].flat();
      const { regions } = validate(DesignateProviderRequest, { regions: checked }, 'body') as z.output<
        typeof DesignateProviderRequest
      >;
      const { organization } = await designate(params.organizationId, regions, correlationId);
      return operatorPartnersScreen(ctx, {
        organizationId: params.organizationId,
        notice: ct(ctx.language, 'designatedNotice', { organization: organization.legalName }),
      });
    } catch (error) {
      return operatorPartnersScreen(ctx, {
        organizationId: params.organizationId,
        errors: errorsOf(error, { regions: 'Regions' }),
        status: 422,
      });
    }
  },
);
