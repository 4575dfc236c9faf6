import type { OutgoingEmail } from '#shared/platform/aws/email';
import { type EmailTemplate, renderEmail, type Who } from '#shared/platform/email/render';
import type { Language } from '#shared/platform/schemas';
import { findUserIdByEmail, getMember } from '#shared/users/members-store';
import type { Organization } from '#shared/users/organizations-store';

/** Who reads an organization's notices: its contact address, greeted by the person's name, in their language. */
export interface NoticeRecipient {
  email: string;
  /** The person's name (the enrollment's primary contact, or the user holding the address). */
  name: string;
  language: Language;
  organization: string;
}

/**
 * The person behind an organization's contact address: the primary contact of its enrollment when that is the
 * address, else the platform user who holds it; the organization's legal name only when neither is known.
 */
export async function noticeRecipient(organization: Organization | undefined): Promise<NoticeRecipient | undefined> {
  const email = organization?.contactEmail;
  if (!organization || !email) return undefined;
  const primary = organization.profile?.primaryContact;
  const userId = await findUserIdByEmail(email);
  const member = userId ? await getMember(userId) : undefined;
  const name =
    primary && primary.email.toLowerCase() === email.toLowerCase()
      ? primary.fullName
      : (member?.fullName ?? organization.legalName);
  return {
    email,
    name,
    language: member?.language ?? organization.language ?? 'en',
    organization: organization.legalName,
  };
}

/** A notice rendered for its recipient: in their language, greeting them by name. */
export function noticeFor<P>(recipient: NoticeRecipient, template: EmailTemplate<P & Who>, params: P): OutgoingEmail {
  return renderEmail(template, recipient.language, recipient.email, {
    ...params,
    name: recipient.name,
    organization: recipient.organization,
  } as P & Who);
}

/** The language of a person already on the platform, else `fallback` (the sender's choice). */
export async function recipientLanguage(email: string, fallback: Language): Promise<Language> {
  const userId = email ? await findUserIdByEmail(email) : undefined;
  const member = userId ? await getMember(userId) : undefined;
  return member?.language ?? fallback;
}
