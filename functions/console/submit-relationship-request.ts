import { customersScreen } from '#shared/console/customers-screen';
import { consolePage, ct, errorsOf } from '#shared/console/layout';
import { submitRelationshipRequest } from '#shared/console/routes';
import { screen } from '#shared/console/screen';
import { startCustomerInvitation } from '#shared/customers/invitation-create';
import { CreateCustomerInvitationRequest } from '#shared/customers/schemas';
import { validate } from '#shared/http/request';
import { escapeHtml } from '#shared/platform/html';
import type * as z from '#shared/platform/zod';

/**
 * Request a reseller relationship (seed 002): the request is created and its draft email shown, to open in the
 * partner's own mail program or copy, then Done. The personal link is on this page only.
 */
export const handler = screen(
  submitRelationshipRequest,
  { permission: 'customers:invite', returnTo: '/v1/console/customers' },
  async ({ body, correlationId }, ctx) => {
    const l = (key: Parameters<typeof ct>[1]) => ct(ctx.language, key);
    try {
      const request = validate(
        CreateCustomerInvitationRequest,
        {
          requestDelegatedAdmin: body.delegatedAdmin === 'yes',
          ...(body.providerId ? { includeProviderId: body.providerId } : {}),
          ...(body.customerCountry?.trim() ? { customerCountry: body.customerCountry.trim().toUpperCase() } : {}),
        },
        'body',
      ) as z.output<typeof CreateCustomerInvitationRequest>;
      const created = await startCustomerInvitation(request, ctx.member, correlationId);
      const draft = created.draftEmail!;
      const body_ = `<p>${l('draftIntro')}</p>
<label for="subject">${l('subjectLabel')}</label><input type="text" id="subject" readonly value="${escapeHtml(draft.subject)}">
<label for="draft">${l('bodyLabel')}</label><textarea id="draft" rows="14" readonly>${escapeHtml(draft.body)}</textarea>
<p><a href="${escapeHtml(created.mailtoUrl ?? '')}">${l('openInMail')}</a>
<button type="button" class="secondary" data-copy="draft" hidden>${l('copyButton')}</button></p>
<p><a href="/v1/console/customers">${l('doneLink')}</a></p>`;
      return consolePage(ctx, l('draftTitle'), body_, '/v1/console/customers', 201);
    } catch (error) {
      return customersScreen(ctx, undefined, {
        errors: errorsOf(error, { customerCountry: l('customerCountryLabel'), includeProviderId: l('providerLabel') }),
        values: body,
        status: 422,
      });
    }
  },
);
