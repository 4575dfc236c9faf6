import {
  AdminCreateUserCommand,
  AdminDeleteUserCommand,
  AdminSetUserPasswordCommand,
  AssociateSoftwareTokenCommand,
  type AuthenticationResultType,
  CognitoIdentityProviderClient,
  InitiateAuthCommand,
  NotAuthorizedException,
  RespondToAuthChallengeCommand,
  SetUserMFAPreferenceCommand,
  UserNotFoundException,
  VerifySoftwareTokenCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { optionalEndpoint, readConfig } from '#shared/platform/config';
import { ConflictError, UnauthorizedError, ValidationError } from '#shared/platform/errors';
import { tracer } from '#shared/platform/observability';
import * as z from '#shared/platform/zod';

const config = readConfig(
  z.object({
    USER_POOL_ID: z.string().min(1),
    USER_POOL_CLIENT_ID: z.string().min(1),
    AWS_REGION: z.string().min(1).default('us-east-1'),
    COGNITO_ENDPOINT: optionalEndpoint,
  }),
);

/** A hanging identity service costs seconds, not the function's whole timeout (then 503 with Retry-After). */
const cognito = tracer.captureAWSv3Client(
  new CognitoIdentityProviderClient({
    region: config.AWS_REGION,
    endpoint: config.COGNITO_ENDPOINT,
    requestHandler: { connectionTimeout: 2_000, requestTimeout: 10_000, throwOnRequestTimeout: true },
  }),
);

export interface Tokens {
  accessToken: string;
  idToken: string;
  refreshToken?: string;
  expiresIn: number;
  tokenType: 'Bearer';
}

export type SignInResult =
  | { status: 'SIGNED_IN'; tokens: Tokens }
  | { status: 'NEW_PASSWORD_REQUIRED'; session: string }
  | { status: 'MFA_REQUIRED'; session: string };

/**
 * Creates the identity of a user. The Cognito username is our own user id, so tokens name the membership
 * directly (`username` claim). With `permanentPassword` the user signs in with it at once; without, the
 * `temporaryPassword` forces a new password at first sign-in (NEW_PASSWORD_REQUIRED).
 */
export async function createIdentity(input: {
  userId: string;
  email: string;
  temporaryPassword: string;
  permanentPassword?: string;
}): Promise<void> {
  await cognito.send(
    new AdminCreateUserCommand({
      UserPoolId: config.USER_POOL_ID,
      Username: input.userId,
      TemporaryPassword: input.temporaryPassword,
      MessageAction: 'SUPPRESS',
      UserAttributes: [
        { Name: 'email', Value: input.email },
        { Name: 'email_verified', Value: 'true' },
      ],
    }),
  );
  if (input.permanentPassword) {
    await cognito.send(
      new AdminSetUserPasswordCommand({
        UserPoolId: config.USER_POOL_ID,
        Username: input.userId,
        Password: input.permanentPassword,
        Permanent: true,
      }),
    );
  }
}

/** Sets a password the user chose (through a proven channel): permanent, replacing any other. */
export async function setPermanentPassword(userId: string, password: string): Promise<void> {
  await cognito.send(
    new AdminSetUserPasswordCommand({
      UserPoolId: config.USER_POOL_ID,
      Username: userId,
      Password: password,
      Permanent: true,
    }),
  );
}

export async function deleteIdentity(userId: string): Promise<void> {
  try {
    await cognito.send(new AdminDeleteUserCommand({ UserPoolId: config.USER_POOL_ID, Username: userId }));
  } catch (error) {
    if (!(error instanceof UserNotFoundException)) throw error;
  }
}

/** USER_PASSWORD_AUTH. Wrong password and unknown user give the same error. */
export async function signInWithPassword(userId: string, password: string): Promise<SignInResult> {
  try {
    const result = await cognito.send(
      new InitiateAuthCommand({
        AuthFlow: 'USER_PASSWORD_AUTH',
        ClientId: config.USER_POOL_CLIENT_ID,
        AuthParameters: { USERNAME: userId, PASSWORD: password },
      }),
    );
    if (result.ChallengeName === 'NEW_PASSWORD_REQUIRED' && result.Session)
      return { status: 'NEW_PASSWORD_REQUIRED', session: result.Session };
    if (result.ChallengeName === 'SOFTWARE_TOKEN_MFA' && result.Session)
      return { status: 'MFA_REQUIRED', session: result.Session };
    return { status: 'SIGNED_IN', tokens: toTokens(result.AuthenticationResult) };
  } catch (error) {
    throw asUnauthorized(error);
  }
}

export async function answerNewPasswordChallenge(
  userId: string,
  session: string,
  newPassword: string,
): Promise<Tokens> {
  try {
    const result = await cognito.send(
      new RespondToAuthChallengeCommand({
        ClientId: config.USER_POOL_CLIENT_ID,
        ChallengeName: 'NEW_PASSWORD_REQUIRED',
        Session: session,
        ChallengeResponses: { USERNAME: userId, NEW_PASSWORD: newPassword },
      }),
    );
    return toTokens(result.AuthenticationResult);
  } catch (error) {
    throw asUnauthorized(error, 'The sign-in session is not valid or has expired: sign in again.');
  }
}

/** Answers the SOFTWARE_TOKEN_MFA challenge of a sign-in with the code of the user's authenticator app. */
export async function answerMfaChallenge(userId: string, session: string, code: string): Promise<Tokens> {
  try {
    const result = await cognito.send(
      new RespondToAuthChallengeCommand({
        ClientId: config.USER_POOL_CLIENT_ID,
        ChallengeName: 'SOFTWARE_TOKEN_MFA',
        Session: session,
        ChallengeResponses: { USERNAME: userId, SOFTWARE_TOKEN_MFA_CODE: code },
      }),
    );
    return toTokens(result.AuthenticationResult);
  } catch (error) {
    throw asUnauthorized(error, 'The code is not correct, or the sign-in expired: sign in again.');
  }
}

/** Starts TOTP for the signed-in user (its own access token): the secret its authenticator app takes. */
export async function startTotp(accessToken: string): Promise<string> {
  const { SecretCode } = await cognito.send(new AssociateSoftwareTokenCommand({ AccessToken: accessToken }));
  if (!SecretCode) throw new Error('the identity provider returned no secret');
  return SecretCode;
}

/** Confirms TOTP with a first code from the app, and makes it the user's second factor from its next sign-in. */
export async function confirmTotp(accessToken: string, code: string): Promise<void> {
  try {
    await cognito.send(new VerifySoftwareTokenCommand({ AccessToken: accessToken, UserCode: code }));
  } catch (error) {
    const name = (error as { name?: string }).name ?? '';
    // no secret associated yet (AWS: SoftwareTokenMFANotFoundException; cognito-local: InvalidParameterException)
    if (name === 'SoftwareTokenMFANotFoundException' || name === 'InvalidParameterException')
      throw new ConflictError('Start two-step verification first (startTotpEnrollment), then confirm its code.', {
        missing: 'totpSecret',
      });
    if (name === 'CodeMismatchException' || name === 'EnableSoftwareTokenMFAException')
      throw new ValidationError([
        { in: 'body', field: 'code', message: 'is not the current code of your app: try the next one it shows' },
      ]);
    throw error;
  }
  await cognito.send(
    new SetUserMFAPreferenceCommand({
      AccessToken: accessToken,
      SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true },
    }),
  );
}

function toTokens(result: AuthenticationResultType | undefined): Tokens {
  if (!result?.AccessToken || !result.IdToken) throw new Error('the identity provider returned no tokens');
  return {
    accessToken: result.AccessToken,
    idToken: result.IdToken,
    refreshToken: result.RefreshToken,
    expiresIn: result.ExpiresIn ?? 3600,
    tokenType: 'Bearer',
  };
}

function asUnauthorized(error: unknown, detail = 'The email or password is not correct.'): Error {
  const name = (error as { name?: string }).name ?? '';
  if (
    error instanceof NotAuthorizedException ||
    error instanceof UserNotFoundException ||
    [
      'NotAuthorizedException',
      'UserNotFoundException',
      'CodeMismatchException',
      'ExpiredCodeException',
      'InvalidPasswordException',
      'EnableSoftwareTokenMFAException',
    ].includes(name)
  ) {
    return new UnauthorizedError(detail);
  }
  return error as Error;
}

export const identityConfig = { userPoolId: config.USER_POOL_ID, clientId: config.USER_POOL_CLIENT_ID };
export { cognito };
