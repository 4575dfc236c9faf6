import { defineRoute } from '#shared/http/route';
import { Language } from '#shared/platform/schemas';
import * as z from '#shared/platform/zod';

const page = {
  tag: 'Pages',
  auth: 'public',
  responses: { 200: { description: 'An HTML page.', html: true } },
  idempotency: { mode: 'none' },
} as const;
const Csrf = z.string().max(64);
const _ReturnTo = z
  .string()
  .max(1024)
  .regex(/^\/v1\/pages\/[\w/?=&%.-]*$/, { message: 'must be one of our pages' })
  .default('/v1/pages/sign-in');

export const submitInvitationPage = defineRoute({
  ...page,
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
