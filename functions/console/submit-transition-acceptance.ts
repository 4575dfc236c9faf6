import { ct, errorsOf } from '#shared/console/layout';
import { resellersScreen } from '#shared/console/partners-screen';
import { submitTransitionAcceptance } from '#shared/console/routes';
import { screen } from '#shared/console/screen';
import { acceptTransitionAsProvider } from '#shared/direct-bill/actions';
import { getOrganization } from '#shared/users/organizations-store';

/** The provider a direct-bill partner chose accepts its transition, from its Indirect resellers screen. */
export const handler = screen(
  submitTransitionAcceptance,
  { permission: 'providers:accept', returnTo: '/v1/console/indirect-resellers' },
  async ({ params, correlationId }, ctx) => {
    try {
      await acceptTransitionAsProvider(ctx.member, params.partnerId, correlationId);
      const partner = (await getOrganization(params.partnerId))?.legalName ?? params.partnerId;
      return resellersScreen(ctx, { notice: ct(ctx.language, 'transitionAcceptedNotice', { partner }) });
    } catch (error) {
      return resellersScreen(ctx, { errors: errorsOf(error), status: 409 });
    }
  },
);
