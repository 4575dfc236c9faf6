import type * as z from '#shared/platform/zod';
import type { Permission } from '#shared/users/permissions';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Cognito actions a function may call; granted on the user pool only. */
export type CognitoAction =
  | 'AdminCreateUser'
  | 'AdminSetUserPassword'
  | 'AdminDeleteUser'
  | 'AdminDisableUser'
  | 'AdminGetUser'
  | 'InitiateAuth'
  | 'RespondToAuthChallenge'
  // calls made with the user's own access token (no IAM needed)
  | 'AssociateSoftwareToken'
  | 'VerifySoftwareToken'
  | 'SetUserMFAPreference';

/** What a function may touch. The CDK app turns this into one least-privilege role per function. */
export interface Grants {
  table?: 'read' | 'readWrite';
  email?: boolean;
  cognito?: readonly CognitoAction[];
  /** Step Functions actions on the enrollment state machine (`start`) or on its executions. */
  workflow?: readonly ('start' | 'signal' | 'describe')[];
  /** Read-only checks of every dependency (health). */
  describeAll?: boolean;
}

export interface ResponseSpec {
  description: string;
  body?: z.ZodType;
  /** The response is an HTML page (email link callbacks). */
  html?: boolean;
}

export interface Route {
  operationId: string;
  method: HttpMethod;
  /** API Gateway path template, e.g. `/v1/enrollments/{enrollmentId}`. */
  path: string;
  summary: string;
  tag: string;
  /** Module, relative to the repository root, that exports `handler`. */
  handler: string;
  /** `user`: a signed-in user (JWT authorizer); `public`: email link callbacks, sign-up, sign-in. */
  auth: 'user' | 'public';
  /** The permission of the table in `shared/domain/permissions.ts` a `user` route needs. */
  permission?: Permission;
  request?: {
    body?: z.ZodType;
    params?: z.ZodType;
    query?: z.ZodType;
    /** Also accept `application/x-www-form-urlencoded` (HTML form posts from email link pages). */
    form?: boolean;
  };
  responses: Record<number, ResponseSpec>;
  grants: Grants;
  /**
   * Idempotency-Key handling of a POST: `replay` (the default) stores the first response; `redact` stores it
   * without the named top-level fields (secrets shown once); `none` for routes with no effect to repeat
   * (sign-in) or answered with pages.
   */
  idempotency?: { mode: 'replay' } | { mode: 'redact'; fields: readonly string[] } | { mode: 'none' };
}

/** Declares a route, keeping its literal types so handlers infer their input from it. */
export function defineRoute<const R extends Route>(route: R): R {
  return route;
}
