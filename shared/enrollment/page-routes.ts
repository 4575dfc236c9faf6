import { defineRoute } from '#shared/http/route';
import { Csrf, pageRoute } from '#shared/platform/pages/route-parts';
import { Language } from '#shared/platform/schemas';
import * as z from '#shared/platform/zod';

export const showAgreementPage = defineRoute({
  ...pageRoute,
  operationId: 'showAgreementPage',
  method: 'GET',
  path: '/v1/pages/agreement',
  summary: 'The partner agreement page: read it and, as a global admin, sign it.',
  handler: 'functions/enrollment/show-agreement-page.ts',
  request: { query: z.object({ enrollmentId: z.uuid(), lang: Language.optional() }) },
  grants: { table: 'read' },
});

export const submitAgreementPage = defineRoute({
  ...pageRoute,
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
