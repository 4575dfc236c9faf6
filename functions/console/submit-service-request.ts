import { ct, errorsOf } from '#shared/console/layout';
import { consoleMessages } from '#shared/console/messages';
import { submitServiceRequest } from '#shared/console/routes';
import { screen } from '#shared/console/screen';
import { serviceRequestScreen, serviceRequestsScreen } from '#shared/console/service-requests-screen';
import { validate } from '#shared/http/request';
import type * as z from '#shared/platform/zod';
import { CreateServiceRequest } from '#shared/users/schemas';
import { openServiceRequest } from '#shared/users/service-requests';

/** Opens a platform ticket or a request on behalf of a customer, with the API's rules; then shows it. */
export const handler = screen(
  submitServiceRequest,
  { permission: 'support:read', returnTo: '/v1/console/service-requests' },
  async ({ body, correlationId }, ctx) => {
    try {
      const request = validate(
        CreateServiceRequest,
        {
          category: body.category ?? '',
          ...(body.category === 'Customer' && body.customerId ? { customerId: body.customerId } : {}),
          title: body.title ?? '',
          description: body.description ?? '',
          ...(body.severity ? { severity: body.severity } : {}),
        },
        'body',
      ) as z.output<typeof CreateServiceRequest>;
      const record = await openServiceRequest(ctx.member, request, correlationId);
      return serviceRequestScreen(ctx, record.serviceRequestId, { notice: ct(ctx.language, 'requestOpenedNotice') });
    } catch (error) {
      const m = consoleMessages[ctx.language];
      return serviceRequestsScreen(ctx, {
        errors: errorsOf(error, {
          title: m.titleLabel,
          description: m.descriptionLabel,
          customerId: m.customerLabel,
          category: m.categoryLegend,
        }),
        values: body,
        status: 422,
      });
    }
  },
);
