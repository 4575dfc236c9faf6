import { defineRoute } from '#shared/http/route';
import {
  CompleteNewPasswordRequest,
  CompleteNewPasswordResponse,
  ConfirmEmailAddressRequest,
  ConfirmEmailAddressResponse,
  SignInRequest,
  SignInResponse,
  SignUpRequest,
  SignUpResponse,
} from '#shared/identity/schemas';

export const signUp = defineRoute({
  operationId: 'signUp',
  method: 'POST',
  path: '/v1/sign-up',
  summary:
    'Ask for a work account: emails the address a link that creates the organization and its global admin (confirmEmailAddress). The answer is the same whether or not the address is known; the email says which.',
  tag: 'Identity',
  handler: 'functions/identity/sign-up.ts',
  auth: 'public',
  request: { body: SignUpRequest },
  responses: {
    202: { description: 'The confirmation email is on its way.', body: SignUpResponse },
    429: { description: 'The address has received its emails for today.' },
  },
  grants: { table: 'readWrite' },
});

export const confirmEmailAddress = defineRoute({
  operationId: 'confirmEmailAddress',
  method: 'POST',
  path: '/v1/email-confirmations',
  summary:
    'Use an emailed proof link: completes a sign-up (creating the organization and its global admin with the chosen password), or confirms an added user’s address (and sets its password when the link asks for one).',
  tag: 'Identity',
  handler: 'functions/identity/confirm-email-address.ts',
  auth: 'public',
  request: { body: ConfirmEmailAddressRequest, form: true },
  responses: {
    200: { description: 'The address is confirmed.', body: ConfirmEmailAddressResponse },
    409: { description: 'The address became another user’s identity first.' },
    410: { description: 'The link is unknown, used or expired (one answer for all three).' },
  },
  grants: { table: 'readWrite', cognito: ['AdminCreateUser', 'AdminSetUserPassword', 'AdminDeleteUser'] },
  idempotency: { mode: 'none' },
});

export const signIn = defineRoute({
  operationId: 'signIn',
  method: 'POST',
  path: '/v1/sign-in',
  summary: 'Sign in with email and password (USER_PASSWORD_AUTH); may answer a NEW_PASSWORD_REQUIRED challenge.',
  tag: 'Identity',
  handler: 'functions/identity/sign-in.ts',
  auth: 'public',
  request: { body: SignInRequest },
  responses: {
    200: { description: 'Tokens, or the new-password challenge.', body: SignInResponse },
    401: { description: 'Wrong email or password (never says which).' },
  },
  grants: { table: 'readWrite', cognito: ['InitiateAuth'] },
  idempotency: { mode: 'none' },
});

export const completeNewPassword = defineRoute({
  operationId: 'completeNewPassword',
  method: 'POST',
  path: '/v1/sign-in/new-password',
  summary: 'Answer the NEW_PASSWORD_REQUIRED challenge of a first sign-in with a temporary password.',
  tag: 'Identity',
  handler: 'functions/identity/complete-new-password.ts',
  auth: 'public',
  request: { body: CompleteNewPasswordRequest },
  responses: {
    200: { description: 'Signed in with the new password.', body: CompleteNewPasswordResponse },
    401: { description: 'The session is not valid or has expired.' },
  },
  grants: { table: 'readWrite', cognito: ['RespondToAuthChallenge'] },
  idempotency: { mode: 'none' },
});
