import { ct, errorsOf } from '#shared/console/layout';
import { leadsScreen } from '#shared/console/leads-screen';
import { consoleMessages } from '#shared/console/messages';
import { submitLead } from '#shared/console/routes';
import { screen } from '#shared/console/screen';
import { addLead } from '#shared/customers/leads';
import { LeadRequest } from '#shared/customers/schemas';
import { validate } from '#shared/http/request';
import type * as z from '#shared/platform/zod';

export const handler = screen(
  submitLead,
  { permission: 'leads:manage', returnTo: '/v1/console/leads' },
  async ({ body, correlationId }, ctx) => {
    try {
      const request = validate(
        LeadRequest,
        {
          companyName: body.companyName ?? '',
          contactName: body.contactName ?? '',
          contactEmail: body.contactEmail?.trim() ?? '',
          country: body.country?.trim().toUpperCase() ?? '',
          source: body.source ?? '',
          ...(body.notes?.trim() ? { notes: body.notes } : {}),
        },
        'body',
      ) as z.output<typeof LeadRequest>;
      await addLead(ctx.member, request, correlationId);
      return leadsScreen(ctx, { notice: ct(ctx.language, 'leadAddedNotice') });
    } catch (error) {
      const m = consoleMessages[ctx.language];
      return leadsScreen(ctx, {
        errors: errorsOf(error, {
          companyName: m.companyNameLabel,
          contactName: m.leadContactLabel,
          contactEmail: m.leadEmailLabel,
          country: m.countryLabel,
          source: m.sourceLabel,
        }),
        values: body,
        status: 422,
      });
    }
  },
);
