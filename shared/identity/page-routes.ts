import { defineRoute } from '#shared/http/route';
import { Csrf, pageRoute, ReturnTo } from '#shared/platform/pages/route-parts';
import { Language } from '#shared/platform/schemas';
import * as z from '#shared/platform/zod';

export const showSignInPage = defineRoute({
  ...pageRoute,
  operationId: 'showSignInPage',
  method: 'GET',
  path: '/v1/pages/sign-in',
  summary: 'The sign-in page of the email-link pages (sets the CSRF cookie).',
  handler: 'functions/identity/show-sign-in-page.ts',
  request: { query: z.object({ returnTo: ReturnTo, lang: Language.optional() }) },
  grants: {},
});

export const submitSignInPage = defineRoute({
  ...pageRoute,
  operationId: 'submitSignInPage',
  method: 'POST',
  path: '/v1/pages/sign-in',
  summary: 'Sign in from a page: starts a page session, or asks for a new password at the first sign-in.',
  handler: 'functions/identity/submit-sign-in-page.ts',
  request: {
    form: true,
    body: z.object({
      email: z.string().max(254),
      password: z.string().max(256),
      returnTo: ReturnTo,
      lang: Language.optional(),
      csrf: Csrf,
    }),
  },
  grants: { table: 'readWrite', cognito: ['InitiateAuth'] },
});

export const submitNewPasswordPage = defineRoute({
  ...pageRoute,
  operationId: 'submitNewPasswordPage',
  method: 'POST',
  path: '/v1/pages/new-password',
  summary: 'The new-password step of a first sign-in from a page.',
  handler: 'functions/identity/submit-new-password-page.ts',
  request: {
    form: true,
    body: z.object({
      email: z.string().max(254),
      session: z.string().max(4096),
      newPassword: z.string().max(256),
      returnTo: ReturnTo,
      lang: Language.optional(),
      csrf: Csrf,
    }),
  },
  grants: { table: 'readWrite', cognito: ['RespondToAuthChallenge'] },
});

export const showEmailConfirmationPage = defineRoute({
  ...pageRoute,
  operationId: 'showEmailConfirmationPage',
  method: 'GET',
  path: '/v1/pages/email-confirmation',
  summary: 'The page of an emailed proof link: confirm the address (and choose a password when asked).',
  handler: 'functions/identity/show-email-confirmation-page.ts',
  request: { query: z.object({ token: z.string().max(128).optional(), lang: Language.optional() }) },
  grants: { table: 'read' },
});

export const submitMfaPage = defineRoute({
  ...pageRoute,
  operationId: 'submitMfaPage',
  method: 'POST',
  path: '/v1/pages/mfa',
  summary: 'The code step of a sign-in with two-step verification, from a page.',
  handler: 'functions/identity/submit-mfa-page.ts',
  request: {
    form: true,
    body: z.object({
      email: z.string().max(254),
      session: z.string().max(4096),
      code: z.string().max(16),
      returnTo: ReturnTo,
      lang: Language.optional(),
      csrf: Csrf,
    }),
  },
  grants: { table: 'readWrite', cognito: ['RespondToAuthChallenge'] },
});

export const showForgottenPasswordPage = defineRoute({
  ...pageRoute,
  operationId: 'showForgottenPasswordPage',
  method: 'GET',
  path: '/v1/pages/forgotten-password',
  summary: 'Forgotten password: the address to send a one-hour link to choose a new password.',
  handler: 'functions/identity/show-forgotten-password-page.ts',
  request: { query: z.object({ lang: Language.optional() }) },
  grants: {},
});

export const submitForgottenPasswordPage = defineRoute({
  ...pageRoute,
  operationId: 'submitForgottenPasswordPage',
  method: 'POST',
  path: '/v1/pages/forgotten-password',
  summary: 'Sends the link when the address is a user’s; the same answer, in the same time, when it is not.',
  handler: 'functions/identity/submit-forgotten-password-page.ts',
  request: {
    form: true,
    body: z.object({ email: z.string().max(254), lang: Language.optional(), csrf: Csrf }),
  },
  grants: { table: 'readWrite' },
});
