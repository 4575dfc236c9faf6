import { isWebmailAddress, webmailRuleMessage } from '#shared/enrollment/webmail';
import { isCountryCode } from '#shared/platform/countries';
import * as z from '#shared/platform/zod';

/** Languages of the seed documents, used for emails and pages. */
export const languages = ['en', 'it', 'es'] as const;
export const Language = z.enum(languages).meta({ description: 'Preferred language: English, Italian or Spanish.' });
export type Language = z.infer<typeof Language>;

export const Email = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email({ message: 'must be a valid email address' }))
  .transform((value) => value.toLowerCase());

/** An email of the organization's own domain: the webmail rule of the seeds. */
export const WorkEmail = Email.refine((value) => !isWebmailAddress(value), { message: webmailRuleMessage });

export const CountryCode = z
  .string()
  .length(2)
  .transform((value) => value.toUpperCase())
  .refine(isCountryCode, { message: 'must be an ISO 3166-1 alpha-2 country code' })
  .meta({ description: 'ISO 3166-1 alpha-2 country code', examples: ['IT'] });

export const Phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ()./-]{6,24}$/, { message: 'must be a phone number, e.g. +39 02 1234 5678' });

export const Url = z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }).max(2048);

/**
 * One line of text that may reach an email header (a subject names the organization or the person): no line
 * breaks or other control characters, so nobody can inject a header through it.
 */
export const OneLine = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min)
    .max(max)
    .regex(/^[^\p{Cc}\u2028\u2029]*$/u, { message: 'must be one line of text, without control characters' });

export const PersonName = OneLine(1, 128);

/** An organization's legal name: it appears in email subjects. */
export const LegalName = OneLine(2, 256);

export const Address = z.strictObject({
  line1: z.string().trim().min(1).max(256),
  line2: z.string().trim().max(256).optional(),
  city: z.string().trim().min(1).max(128),
  region: z.string().trim().max(128).optional().meta({ description: 'State, province or region.' }),
  postalCode: z.string().trim().max(32).optional(),
  country: CountryCode,
});
export type Address = z.infer<typeof Address>;

export const Id = z.uuid({ message: 'must be a UUID' });

export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    correlationId: z.string(),
    errors: z.array(z.object({ in: z.string().optional(), field: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details.' });
