import { ct, errorsOf } from '#shared/console/layout';
import { providersScreen, resellersScreen } from '#shared/console/partners-screen';
import { submitLinkChange } from '#shared/console/routes';
import { screen } from '#shared/console/screen';
import { linkActions } from '#shared/partners/link-actions';
import { ValidationError } from '#shared/platform/errors';

const actions = ['suspend', 'resume', 'end', 'removeAdminAccess'] as const;
type Action = (typeof actions)[number];

/** Suspend, resume, end, or remove the provider's admin access: the API's link actions, from either side's screen. */
export const handler = screen(
  submitLinkChange,
  { permission: 'providers:manage', returnTo: '/v1/console' },
  async ({ params, body, correlationId }, ctx) => {
    const back = (options: Parameters<typeof resellersScreen>[1]) =>
      body.from === 'resellers' ? resellersScreen(ctx, options) : providersScreen(ctx, undefined, options);
    try {
      const action = body.action as Action;
      if (!(actions as readonly string[]).includes(action))
        throw new ValidationError([{ in: 'body', field: 'action', message: `must be one of ${actions.join(', ')}` }]);
      const link = await linkActions[action](ctx.member, params.organizationId, correlationId);
      return back({ notice: ct(ctx.language, 'linkChanged', { state: link.state }) });
    } catch (error) {
      return back({ errors: errorsOf(error), status: 409 });
    }
  },
);
