import { addressStatuses } from '#shared/enrollment/address';
import { enrollmentStates, reviewDecisions, vettingStatuses, vettingSubStatuses } from '#shared/enrollment/rules';
import {
  Address,
  CountryCode,
  Email,
  Id,
  Language,
  LegalName,
  PersonName,
  Phone,
  Url,
  WorkEmail,
} from '#shared/platform/schemas';
import * as z from '#shared/platform/zod';

export const PartnerId = z
  .string()
  .trim()
  .regex(/^[0-9]{6,10}$/, { message: 'must be a PartnerID of 6 to 10 digits' })
  .meta({ description: 'The organization PartnerID (formerly MPN ID) for its location.', examples: ['4871234'] });

export const DunsNumber = z.string().regex(/^[0-9]{9}$/, { message: 'must be a 9-digit DUNS number' });

export const LegalProfile = z.strictObject({
  legalName: LegalName,
  address: Address,
  dunsNumber: DunsNumber.optional(),
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
export type SupportDetails = z.infer<typeof SupportDetails>;

export const CreateEnrollmentRequest = z
  .strictObject({
    legalProfile: LegalProfile.optional(),
    partnerId: PartnerId.optional(),
    primaryContact: PrimaryContact.optional(),
    support: SupportDetails,
  })
  .meta({
    description:
      'A new partner gives its legal profile, primary contact and support details. An organization already active in another program role gives support details only (seed 003, first note).',
  });
export type CreateEnrollmentRequest = z.infer<typeof CreateEnrollmentRequest>;

const CheckResult = z.object({ status: z.string(), detail: z.string().optional(), checkedAt: z.string() });

export const Attestation = z
  .object({
    agreementType: z.string(),
    agreementVersion: z.string(),
    agreementLink: z.string(),
    signerId: z.string(),
    signerName: z.string(),
    signerEmail: z.string(),
    signedAt: z.string(),
    ipAddress: z.string(),
    userAgent: z.string(),
  })
  .meta({ id: 'Attestation', description: 'Who signed which agreement version, when and from where.' });
export type Attestation = z.infer<typeof Attestation>;

export const Enrollment = z
  .object({
    enrollmentId: Id,
    organizationId: Id,
    program: z.literal('IndirectReseller'),
    state: z.enum(enrollmentStates),
    vettingStatus: z.enum(vettingStatuses),
    vettingSubStatus: z.enum(vettingSubStatuses),
    legalProfile: LegalProfile.optional(),
    partnerId: z.string().optional(),
    partnerIdConfirmation: z
      .object({ partnerId: z.string(), sentTo: z.string(), requestedAt: z.string() })
      .optional()
      .meta({
        description:
          'A PartnerID given at enrollment whose directory contact was asked to confirm; it is linked when that mailbox confirms.',
      }),
    primaryContact: z
      .object({ fullName: z.string(), email: z.string(), phone: z.string(), language: Language })
      .optional(),
    support: SupportDetails.optional(),
    pendingContact: z
      .object({
        fullName: z.string(),
        email: z.string(),
        phone: z.string(),
        language: Language,
        requestedAt: z.string(),
      })
      .optional()
      .meta({
        description:
          'A corrected primary contact whose new address was emailed a link after the old one was verified; it replaces the contact when that link is opened.',
      }),
    verificationResends: z.number().int().optional().meta({ description: 'How many times the link was resent.' }),
    correctedAt: z.string().optional().meta({ description: 'When the applicant last corrected the enrollment.' }),
    emailVerifiedAt: z.string().optional(),
    checks: z
      .object({
        emailDomain: CheckResult.optional(),
        partnerId: CheckResult.optional(),
        businessProfile: CheckResult.optional(),
      })
      .optional(),
    review: z
      .object({
        decision: z.enum(reviewDecisions).optional(),
        reason: z.string().optional(),
        question: z.string().optional(),
        answer: z.string().optional(),
        answeredAt: z.string().optional(),
        decidedAt: z.string().optional(),
        dueAt: z.string().optional(),
        delayed: z.boolean().optional(),
      })
      .optional(),
    agreement: Attestation.optional(),
    signatureReminders: z.number().int().optional(),
    waiting: z.object({ step: z.string(), since: z.string(), dueAt: z.string().optional() }).optional(),
    activatedAt: z.string().optional(),
    stoppedIn: z
      .enum(enrollmentStates)
      .optional()
      .meta({ description: 'Where an expired or failed timeline stopped; resuming continues from there.' }),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'Enrollment' });
export type Enrollment = z.infer<typeof Enrollment>;

export const EnrollmentIdParams = z.strictObject({ enrollmentId: Id });

export const CorrectEnrollmentRequest = z
  .strictObject({
    legalProfile: LegalProfile.optional(),
    primaryContact: PrimaryContact.optional(),
    support: SupportDetails.optional(),
  })
  .refine((body) => body.legalProfile || body.primaryContact || body.support, {
    message: 'give what to correct: legalProfile, primaryContact or support',
    path: ['primaryContact'],
  })
  .meta({
    description:
      'Corrections before approval. A new primary contact address is verified again: before the first verification the link goes to the new address at once; after it, the new contact is pending until its link is opened.',
  });

export const VerificationResent = z.object({
  sentTo: z.string().meta({ description: 'The address the link went to, masked.' }),
  resendsLeft: z.number().int(),
});

export const ConfirmEmailVerificationRequest = z.strictObject({
  token: z
    .string()
    .min(16)
    .max(128)
    .regex(/^[A-Za-z0-9_-]+$/, { message: 'must be the token from the link' }),
  /** The page's language, carried by its form so the answer page speaks it too. */
  lang: Language.optional(),
  /** The page form's CSRF token (double-submit cookie); JSON clients omit it. */
  csrf: z.string().max(64).optional(),
});

export const ConfirmEmailVerificationResponse = z.object({ status: z.literal('Verified'), email: z.string() });

export const VerificationPageQuery = z.object({ token: z.string().max(128).optional(), lang: Language.optional() });

export const LinkPartnerIdRequest = z.strictObject({ partnerId: PartnerId });

export const ValidateAddressRequest = z.strictObject({ address: Address });
export const AddressValidationResult = z.object({
  status: z.enum(addressStatuses),
  originalAddress: z.object({}).loose(),
  suggestedAddresses: z.array(z.object({}).loose()).max(3),
  issues: z.array(z.object({ field: z.string(), message: z.string() })),
});

export const DunsParams = z.strictObject({ dunsNumber: DunsNumber });
export const BusinessRecord = z.object({
  dunsNumber: z.string(),
  legalName: z.string(),
  address: Address,
  status: z.enum(['Active', 'Inactive']),
});

export const ReviewEnrollmentRequest = z
  .strictObject({
    decision: z.enum(reviewDecisions),
    reason: z
      .string()
      .trim()
      .min(3)
      .max(2000)
      .optional()
      .meta({ description: 'Required to reject: sent to the primary contact.' }),
    question: z
      .string()
      .trim()
      .min(3)
      .max(2000)
      .optional()
      .meta({ description: 'Required to ask for more information.' }),
  })
  .superRefine((value, ctx) => {
    if (value.decision === 'Reject' && !value.reason)
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'is required to reject' });
    if (value.decision === 'RequestInformation' && !value.question)
      ctx.addIssue({ code: 'custom', path: ['question'], message: 'is required to ask for more information' });
  });

export const RespondToInquiryRequest = z.strictObject({ answer: z.string().trim().min(3).max(4000) });

export const ReviewQueueQuery = z.object({
  state: z
    .enum(['UnderReview', 'InformationRequested', 'InformationProvided', 'Approved', 'AwaitingSignature'])
    .default('UnderReview'),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().max(1024).optional(),
});
export const ReviewQueue = z.object({ items: z.array(Enrollment), nextCursor: z.string().optional() });

export const AgreementParams = z.strictObject({ agreementType: z.string().max(64), version: z.string().max(32) });
export const AgreementQuery = z.object({ lang: Language.optional() });
export const Agreement = z.object({
  type: z.string(),
  version: z.string(),
  effectiveFrom: z.string(),
  current: z.boolean(),
  language: Language,
  title: z.string(),
  text: z.string(),
});

export const SignAgreementRequest = z.strictObject({
  agreementType: z.literal('PartnerAgreement'),
  agreementVersion: z.string().max(32),
  accept: z.literal(true, { message: 'must be true: the signer accepts the agreement' }),
});

export const ImportPartnerDirectoryRequest = z.strictObject({
  records: z
    .array(
      z.strictObject({
        partnerId: PartnerId,
        organizationName: z.string().trim().min(1).max(256),
        country: CountryCode,
        status: z.enum(['Active', 'Inactive']),
        contactEmail: Email.optional().meta({
          description:
            'The membership contact the directory holds: linking this PartnerID then needs that mailbox to confirm.',
        }),
      }),
    )
    .min(1)
    .max(100),
});
export const ImportBusinessRegistryRequest = z.strictObject({
  records: z
    .array(
      z.strictObject({
        dunsNumber: DunsNumber,
        legalName: LegalName,
        address: Address,
        status: z.enum(['Active', 'Inactive']),
      }),
    )
    .min(1)
    .max(100),
});
export const ImportResult = z.object({ imported: z.number().int() });

export const programs = ['IndirectReseller', 'IndirectProvider', 'DirectBill'] as const;
export const OrganizationIdParams = z.strictObject({ organizationId: Id });
export const RegisterExistingPartnerRequest = z.strictObject({
  program: z.enum(['IndirectReseller', 'IndirectProvider', 'DirectBill']),
  partnerId: PartnerId,
});

export const PartnerProfile = z.object({
  organizationId: Id,
  legalName: z.string(),
  country: z.string(),
  partnerId: z.string().optional(),
  legalProfile: LegalProfile.optional(),
  primaryContact: z.object({ fullName: z.string(), email: z.string() }).optional(),
  support: SupportDetails.optional(),
  programs: z.record(
    z.string(),
    z.object({ status: z.enum(['Pending', 'Active', 'Restricted', 'Ended']), since: z.string() }),
  ),
  agreements: z.array(Attestation),
});

export const ProgramRegistration = z.object({
  organizationId: Id,
  program: z.string(),
  status: z.literal('Active'),
});

export const PartnerIdConfirmationSent = z.object({
  status: z.literal('ConfirmationSent'),
  partnerId: z.string(),
  sentTo: z.string().meta({ description: 'The directory contact, masked (a•••@contoso.it).' }),
  expiresInHours: z.number().int(),
});
