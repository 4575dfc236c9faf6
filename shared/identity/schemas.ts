import { CountryCode, Email, Id, Language, LegalName, PersonName } from '#shared/platform/schemas';
import * as z from '#shared/platform/zod';

export const Password = z
  .string()
  .min(12, { message: 'must be at least 12 characters' })
  .max(256)
  .regex(/[a-z]/, { message: 'must contain a lowercase letter' })
  .regex(/[A-Z]/, { message: 'must contain an uppercase letter' })
  .regex(/[0-9]/, { message: 'must contain a digit' })
  .regex(/[^A-Za-z0-9]/, { message: 'must contain a symbol' });

export const SignUpRequest = z.strictObject({
  organization: z.strictObject({
    legalName: LegalName,
    country: CountryCode,
  }),
  admin: z.strictObject({
    fullName: PersonName,
    email: Email,
    language: Language.default('en'),
  }),
});

export const SignUpResponse = z.object({
  status: z.literal('ConfirmationSent'),
  email: z.string(),
  expiresInHours: z.number().int(),
});

export const ConfirmEmailAddressRequest = z.strictObject({
  token: z
    .string()
    .min(16)
    .max(128)
    .regex(/^[A-Za-z0-9_-]+$/, { message: 'must be the token from the link' }),
  /** Checked against the password rules when the link asks for a password (sign-up, or a user who must choose one). */
  password: z.string().max(256).optional(),
  /** The page's language, carried by its form so the answer page speaks it too. */
  lang: Language.optional(),
  /** The page form's CSRF token (double-submit cookie); JSON clients omit it. */
  csrf: z.string().max(64).optional(),
});

export const ConfirmEmailAddressResponse = z.object({
  status: z.literal('Confirmed'),
  email: z.string(),
  organizationId: Id,
  userId: Id.optional().meta({ description: 'The user whose address this is (absent for a PartnerID’s contact).' }),
  partnerId: z
    .string()
    .optional()
    .meta({ description: 'The PartnerID the directory contact let the organization link.' }),
  signedUp: z.boolean().meta({ description: 'True when the link completed a sign-up (a new organization).' }),
});

export const SignInRequest = z.strictObject({
  email: Email,
  password: z.string().min(1).max(256),
});

export const Tokens = z.object({
  accessToken: z.string(),
  idToken: z.string(),
  refreshToken: z.string().optional(),
  expiresIn: z.number().int(),
  tokenType: z.literal('Bearer'),
});

export const SignInResponse = z.union([
  z.object({ status: z.literal('SIGNED_IN'), tokens: Tokens }),
  z.object({
    status: z.literal('NEW_PASSWORD_REQUIRED'),
    session: z.string().meta({ description: 'Pass to completeNewPassword with the new password.' }),
  }),
  z.object({
    status: z.literal('MFA_REQUIRED'),
    session: z.string().meta({ description: 'Pass to answerMfaChallenge with the code of the authenticator app.' }),
  }),
]);

const TotpCode = z.string().regex(/^\d{6}$/, { message: 'must be the 6 digits your authenticator app shows' });

export const AnswerMfaChallengeRequest = z.strictObject({
  email: Email,
  session: z.string().min(1).max(4096),
  code: TotpCode,
});

export const TotpEnrollment = z.object({
  secret: z.string().meta({ description: 'Base32; enter it in an authenticator app, or use otpauthUri.' }),
  otpauthUri: z.string(),
});

export const ConfirmTotpRequest = z.strictObject({ code: TotpCode });
export const ConfirmTotpResponse = z.object({ status: z.literal('Enabled') });

export const CompleteNewPasswordRequest = z.strictObject({
  email: Email,
  session: z.string().min(1).max(4096),
  newPassword: Password,
});

export const CompleteNewPasswordResponse = z.object({ status: z.literal('SIGNED_IN'), tokens: Tokens });
