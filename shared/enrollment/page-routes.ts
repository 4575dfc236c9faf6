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

export const showAgreementPage = defineRoute({
  ...page,
  operationId: 'showAgreementPage',
  method: 'GET',
  path: '/v1/pages/agreement',
  summary: 'The partner agreement page: read it and, as a global admin, sign it.',
  handler: 'functions/enrollment/show-agreement-page.ts',
  request: { query: z.object({ enrollmentId: z.uuid(), lang: Language.optional() }) },
  grants: { table: 'read' },
});

export const submitAgreementPage = defineRoute({
  ...page,
  operationId: 'submitAgreementPage',
  method: 'POST',
  path: '/v1/pages/agreement',
  summary: 'Sign the partner agreement from its page.',
  handler: 'functions/enrollment/submit-agreement-page.ts',
  request: {
    form: true,
    body: z.object({
      enrollmentId: z.uuid(),
      version: z.string().max(32),
      consent: z.literal('yes').optional(),
      lang: Language.optional(),
      csrf: Csrf,
    }),
  },
  grants: { table: 'readWrite' },
});
