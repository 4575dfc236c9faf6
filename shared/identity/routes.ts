import { defineRoute } from '#shared/http/route';
import {
  AnswerMfaChallengeRequest,
  CompleteNewPasswordRequest,
  CompleteNewPasswordResponse,
  ConfirmEmailAddressRequest,
  ConfirmEmailAddressResponse,
  ConfirmTotpRequest,
  ConfirmTotpResponse,
  SignInRequest,
  SignInResponse,
  SignUpRequest,
  SignUpResponse,
  TotpEnrollment,
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

export const answerMfaChallenge = defineRoute({
  operationId: 'answerMfaChallenge',
  method: 'POST',
  path: '/v1/sign-in/mfa',
  summary: 'Answer the MFA_REQUIRED challenge of a sign-in with the code of the authenticator app (TOTP).',
  tag: 'Identity',
  handler: 'functions/identity/answer-mfa-challenge.ts',
  auth: 'public',
  request: { body: AnswerMfaChallengeRequest },
  responses: {
    200: { description: 'Signed in.', body: CompleteNewPasswordResponse },
    401: { description: 'The code is wrong, or the session is not valid or has expired.' },
  },
  grants: { table: 'readWrite', cognito: ['RespondToAuthChallenge'] },
  idempotency: { mode: 'none' },
});

export const startTotpEnrollment = defineRoute({
  operationId: 'startTotpEnrollment',
  method: 'POST',
  path: '/v1/me/mfa/totp',
  summary: 'Start two-step verification with an authenticator app: answers the secret to enter in the app.',
  tag: 'Identity',
  handler: 'functions/identity/start-totp-enrollment.ts',
  auth: 'user',
  permission: 'self:manage',
  request: {},
  responses: { 200: { description: 'The secret, shown once.', body: TotpEnrollment } },
  grants: { cognito: ['AssociateSoftwareToken'] },
  idempotency: { mode: 'none' },
});

export const confirmTotpEnrollment = defineRoute({
  operationId: 'confirmTotpEnrollment',
  method: 'POST',
  path: '/v1/me/mfa/totp/verification',
  summary: 'Confirm the authenticator app with a first code: every later sign-in asks for a code.',
  tag: 'Identity',
  handler: 'functions/identity/confirm-totp-enrollment.ts',
  auth: 'user',
  permission: 'self:manage',
  request: { body: ConfirmTotpRequest },
  responses: {
    200: { description: 'Two-step verification is on.', body: ConfirmTotpResponse },
    409: { description: 'Two-step verification was not started.' },
  },
  grants: { cognito: ['VerifySoftwareToken', 'SetUserMFAPreference'] },
  idempotency: { mode: 'none' },
});
