import * as z from '../zod';
import { Language } from '../schemas/common';
import { defineRoute } from './define';

const page = { tag: 'Pages', auth: 'public', responses: { 200: { description: 'An HTML page.', html: true } }, idempotency: { mode: 'none' } } as const;
const Csrf = z.string().max(64);
const ReturnTo = z.string().max(1024).regex(/^\/v1\/pages\/[\w/?=&%.-]*$/, { message: 'must be one of our pages' }).default('/v1/pages/sign-in');

export const showSignInPage = defineRoute({
  ...page,
  operationId: 'showSignInPage',
  method: 'GET',
  path: '/v1/pages/sign-in',
  summary: 'The sign-in page of the email-link pages (sets the CSRF cookie).',
  handler: 'functions/pages/show-sign-in-page.ts',
  request: { query: z.object({ returnTo: ReturnTo, lang: Language.optional() }) },
  grants: {},
});

export const submitSignInPage = defineRoute({
  ...page,
  operationId: 'submitSignInPage',
  method: 'POST',
  path: '/v1/pages/sign-in',
  summary: 'Sign in from a page: starts a page session, or asks for a new password at the first sign-in.',
  handler: 'functions/pages/submit-sign-in-page.ts',
  request: { form: true, body: z.object({ email: z.string().max(254), password: z.string().max(256), returnTo: ReturnTo, lang: Language.optional(), csrf: Csrf }) },
  grants: { table: 'readWrite', cognito: ['InitiateAuth'] },
});

export const submitNewPasswordPage = defineRoute({
  ...page,
  operationId: 'submitNewPasswordPage',
  method: 'POST',
  path: '/v1/pages/new-password',
  summary: 'The new-password step of a first sign-in from a page.',
  handler: 'functions/pages/submit-new-password-page.ts',
  request: { form: true, body: z.object({ email: z.string().max(254), session: z.string().max(4096), newPassword: z.string().max(256), returnTo: ReturnTo, lang: Language.optional(), csrf: Csrf }) },
  grants: { table: 'readWrite', cognito: ['RespondToAuthChallenge'] },
});

export const submitInvitationPage = defineRoute({
  ...page,
  operationId: 'submitInvitationPage',
  method: 'POST',
  path: '/v1/pages/invitation',
  summary: 'Answer an invitation from its page: authorize (with the consent box and, for customers, the delegated admin choice) or decline.',
  handler: 'functions/pages/submit-invitation-page.ts',
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

export const showAgreementPage = defineRoute({
  ...page,
  operationId: 'showAgreementPage',
  method: 'GET',
  path: '/v1/pages/agreement',
  summary: 'The partner agreement page: read it and, as a global admin, sign it.',
  handler: 'functions/pages/show-agreement-page.ts',
  request: { query: z.object({ enrollmentId: z.uuid(), lang: Language.optional() }) },
  grants: { table: 'read' },
});

export const submitAgreementPage = defineRoute({
  ...page,
  operationId: 'submitAgreementPage',
  method: 'POST',
  path: '/v1/pages/agreement',
  summary: 'Sign the partner agreement from its page.',
  handler: 'functions/pages/submit-agreement-page.ts',
  request: { form: true, body: z.object({ enrollmentId: z.uuid(), version: z.string().max(32), consent: z.literal('yes').optional(), lang: Language.optional(), csrf: Csrf }) },
  grants: { table: 'readWrite' },
});
