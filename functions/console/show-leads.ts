import { leadsScreen } from '#shared/console/leads-screen';
import { showLeads } from '#shared/console/routes';
import { screen } from '#shared/console/screen';

export const handler = screen(showLeads, { permission: 'leads:manage' }, async (_input, ctx) => leadsScreen(ctx));
