import { z } from 'zod';
import { enrollmentStates, vettingStatuses, vettingSubStatuses } from '../domain/enrollment';
import { Address, Email, Id, Language, PersonName, Phone, Url, WorkEmail } from './common';

export const PartnerId = z
  .string()
  .trim()
  .regex(/^[0-9]{6,10}$/, { message: 'must be a PartnerID of 6 to 10 digits' })
  .meta({ description: 'The organization PartnerID (formerly MPN ID) for its location.', examples: ['4871234'] });

export const LegalProfile = z.strictObject({
  legalName: z.string().trim().min(2).max(256),
  address: Address,
  dunsNumber: z.string().regex(/^[0-9]{9}$/, { message: 'must be a 9-digit DUNS number' }).optional(),
});

export const PrimaryContact = z.strictObject({
  fullName: PersonName,
  email: WorkEmail,
  phone: Phone,
  language: Language.default('en'),
});

export const SupportDetails = z.strictObject({
  email: Email,
  phone: Phone,
  website: Url,
});

export const CreateEnrollmentRequest = z.strictObject({
  legalProfile: LegalProfile,
  partnerId: PartnerId.optional(),
  primaryContact: PrimaryContact,
  support: SupportDetails,
});
export type CreateEnrollmentRequest = z.infer<typeof CreateEnrollmentRequest>;

export const Enrollment = z
  .object({
    enrollmentId: Id,
    organizationId: Id,
    program: z.literal('IndirectReseller'),
    state: z.enum(enrollmentStates),
    vettingStatus: z.enum(vettingStatuses),
    vettingSubStatus: z.enum(vettingSubStatuses),
    legalProfile: LegalProfile,
    partnerId: z.string().optional(),
    primaryContact: z.object({
      fullName: z.string(),
      email: z.string(),
      phone: z.string(),
      language: Language,
      emailVerifiedAt: z.string().optional(),
    }),
    support: SupportDetails,
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'Enrollment' });
export type Enrollment = z.infer<typeof Enrollment>;

export const EnrollmentIdParams = z.strictObject({ enrollmentId: Id });

export const ConfirmEmailVerificationRequest = z.strictObject({
  token: z.string().min(16).max(128).regex(/^[A-Za-z0-9_-]+$/, { message: 'must be the token from the link' }),
  /** The page's language, carried by its form so the answer page speaks it too. */
  lang: Language.optional(),
});

export const ConfirmEmailVerificationResponse = z.object({
  status: z.literal('Verified'),
  email: z.string(),
});

export const VerificationPageQuery = z.object({ token: z.string().max(128).optional() });
