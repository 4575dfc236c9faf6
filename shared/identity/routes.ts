import { defineRoute } from '#shared/http/route';
import {
  CompleteNewPasswordRequest,
  CompleteNewPasswordResponse,
  SignInRequest,
  SignInResponse,
  SignUpRequest,
  SignUpResponse,
} from '#shared/identity/schemas';

export const signUp = defineRoute({
  operationId: 'signUp',
  method: 'POST',
  path: '/v1/sign-up',
  summary: 'Create a work account: an organization and its first user, who becomes its global admin.',
  tag: 'Identity',
  handler: 'functions/identity/sign-up.ts',
  auth: 'public',
  request: { body: SignUpRequest },
  responses: {
    201: { description: 'Organization and global admin created.', body: SignUpResponse },
    409: { description: 'The email is already registered.' },
  },
  grants: { table: 'readWrite', cognito: ['AdminCreateUser', 'AdminSetUserPassword', 'AdminDeleteUser'] },
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
