import { defineRoute } from '#shared/http/route';
import { Csrf, pageRoute } from '#shared/platform/pages/route-parts';
import { Language } from '#shared/platform/schemas';
import * as z from '#shared/platform/zod';

export const submitInvitationPage = defineRoute({
  ...pageRoute,
  operationId: 'submitInvitationPage',
  method: 'POST',
  path: '/v1/pages/invitation',
  summary:
    'Answer an invitation from its page: authorize (with the consent box and, for customers, the delegated admin choice) or decline.',
  handler: 'functions/partners/submit-invitation-page.ts',
  request: {
    form: true,
    body: z.object({
      token: z.string().max(128),
      action: z.enum(['accept', 'decline']),
      consent: z.literal('yes').optional(),
      adminChoice: z.enum(['keepCurrentAdmin', 'moveAdmin']).optional(),
      lang: Language.optional(),
      csrf: Csrf,
    }),
  },
  grants: { table: 'readWrite' },
});
