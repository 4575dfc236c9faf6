import { ct, errorsOf } from '#shared/console/layout';
import { submitAdminRemoval } from '#shared/console/routes';
import { screen } from '#shared/console/screen';
import { tenantScreen } from '#shared/console/tenant-screen';
import { removePartnerAdmin } from '#shared/customers/tenant';

/** The customer removes a partner's admin permissions; the relationship stays and the partner is told. */
export const handler = screen(
  submitAdminRemoval,
  { permission: 'tenant:manage', returnTo: '/v1/console/partner-relationships' },
  async ({ params, correlationId }, ctx) => {
    try {
      const after = await removePartnerAdmin(ctx.member.organizationId, params.partnerId, correlationId);
      const partner = after.items.find((p) => p.partnerId === params.partnerId)?.partnerName ?? params.partnerId;
      return tenantScreen(ctx, { notice: ct(ctx.language, 'adminRemovedNotice', { partner }) });
    } catch (error) {
      return tenantScreen(ctx, { errors: errorsOf(error), status: 409 });
    }
  },
);
