import { ct, errorsOf } from '#shared/console/layout';
import { resellersScreen } from '#shared/console/partners-screen';
import { submitResellerInvitation } from '#shared/console/routes';
import { screen } from '#shared/console/screen';
import { validate } from '#shared/http/request';
import { inviteReseller } from '#shared/partners/invite-reseller';
import { CreateResellerInvitationRequest } from '#shared/partners/schemas';
import type * as z from '#shared/platform/zod';

/** A provider invites a reseller (by email or PartnerID) with the API's rules. */
export const handler = screen(
  submitResellerInvitation,
  { permission: 'providers:invite', returnTo: '/v1/console/indirect-resellers' },
  async ({ body, correlationId }, ctx) => {
    const labels = {
      email: ct(ctx.language, 'resellerEmailLabel'),
      partnerId: ct(ctx.language, 'resellerPartnerIdLabel'),
    };
    try {
      const request = validate(
        CreateResellerInvitationRequest,
        {
          ...(body.email?.trim() ? { email: body.email.trim() } : {}),
          ...(body.partnerId?.trim() ? { partnerId: body.partnerId.trim() } : {}),
        },
        'body',
      ) as z.output<typeof CreateResellerInvitationRequest>;
      await inviteReseller(request, ctx.member, correlationId);
      return resellersScreen(ctx, {
        notice: ct(ctx.language, 'invitationSent', { who: request.email ?? request.partnerId ?? '' }),
      });
    } catch (error) {
      return resellersScreen(ctx, { errors: errorsOf(error, labels), values: body, status: 422 });
    }
  },
);
