import { ct, errorsOf } from '#shared/console/layout';
import { leadsScreen } from '#shared/console/leads-screen';
import { submitLeadInvitation } from '#shared/console/routes';
import { screen } from '#shared/console/screen';
import { convertLead } from '#shared/customers/leads';

/** The lead's contact gets a relationship request by email; a lead already invited says so (once only). */
export const handler = screen(
  submitLeadInvitation,
  { permission: 'customers:invite', returnTo: '/v1/console/leads' },
  async ({ params, correlationId }, ctx) => {
    try {
      const lead = await convertLead(ctx.member, params.leadId, correlationId);
      return leadsScreen(ctx, { notice: ct(ctx.language, 'leadInvitedNotice', { email: lead.contactEmail }) });
    } catch (error) {
      return leadsScreen(ctx, { errors: errorsOf(error), status: 409 });
    }
  },
);
