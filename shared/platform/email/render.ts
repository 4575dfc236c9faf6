import type { OutgoingEmail } from '#shared/platform/aws/email';

import { escapeHtml } from '#shared/platform/html';
import type { Language } from '#shared/platform/schemas';

/**
 * An email message is data (subject, paragraphs, an optional action button); this module turns it into text
 * and HTML. Each feature declares its emails (`emails.ts`) with `defineEmail`: one function per language, so a
 * message missing in one language does not compile.
 */
export interface Message {
  subject: string;
  greeting: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  footer: string;
}

/** Most emails greet a person of an organization. */
export type Who = { name: string; organization: string };

export type EmailTemplate<P> = Record<Language, (params: P) => Message>;

/** Declares one email in every language. */
export function defineEmail<P>(template: EmailTemplate<P>): EmailTemplate<P> {
  return template;
}

/**
 * Renders an email for one recipient, in their language (English when unknown).
 *
 * @example
 * const email = renderEmail(enrollmentEmails.emailVerification, 'it', 'ada@contoso.it', { name, organization, link, expiresOn });
 */
export function renderEmail<P>(
  template: EmailTemplate<P>,
  language: Language | undefined,
  to: string,
  params: P,
): OutgoingEmail {
  const raw = (template[language ?? 'en'] ?? template.en)(params);
  const message = { ...raw, subject: tidyPunctuation(raw.subject), paragraphs: raw.paragraphs.map(tidyPunctuation) };
  return { to, subject: message.subject, text: toText(message), html: toHtml(message, language ?? 'en') };
}

/** Dates in emails and pages, in the reader's language. */
export function formatDate(date: Date, language: Language): string {
  const locale = { en: 'en-GB', it: 'it-IT', es: 'es-ES' }[language];
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** A moment in emails (UTC), in the reader's language: "22 November 2026, 14:05 UTC". */
export function formatDateTime(date: Date, language: Language): string {
  const locale = { en: 'en-GB', it: 'it-IT', es: 'es-ES' }[language];
  const formatted = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(
    date,
  );
  return `${formatted} UTC`;
}

/**
 * A sentence that ends with a name ending in a period ("Contoso S.r.l.") gets one period, not two; an ellipsis
 * is left alone.
 */
export function tidyPunctuation(text: string): string {
  return text.replace(/(?<!\.)\.\.(?!\.)/g, '.');
}

function toText(message: Message): string {
  const lines = [message.greeting, '', ...message.paragraphs.flatMap((p) => [p, ''])];
  if (message.action) lines.push(`${message.action.label}: ${message.action.url}`, '');
  lines.push('--', message.footer);
  return lines.join('\n');
}

function toHtml(message: Message, language: Language): string {
  const action = message.action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(message.action.url)}" style="background:#0b5cad;color:#ffffff;padding:12px 20px;border-radius:4px;text-decoration:none;display:inline-block">${escapeHtml(message.action.label)}</a></p><p style="font-size:13px;color:#444">${escapeHtml(message.action.url)}</p>`
    : '';
  return [
    `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>${escapeHtml(message.subject)}</title></head>`,
    '<body style="font-family:Segoe UI,Arial,sans-serif;color:#1b1b1b;max-width:600px;margin:auto;padding:16px">',
    `<p>${escapeHtml(message.greeting)}</p>`,
    ...message.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    action,
    `<hr><p style="font-size:13px;color:#444">${escapeHtml(message.footer)}</p>`,
    '</body></html>',
  ].join('');
}

/** A partner-edited plain-text email as simple HTML: paragraphs, links made clickable, everything escaped. */
export function textToHtml(text: string): string {
  const paragraphs = text.split(/\n{2,}/).map((block) => {
    const escaped = escapeHtml(block).replace(/\n/g, '<br>');
    return `<p>${escaped.replace(/(https?:\/\/[^\s<]+)/g, '<a href="$1">$1</a>')}</p>`;
  });
  return `<!doctype html><html><body style="font-family:Segoe UI,Arial,sans-serif;max-width:600px;margin:auto;padding:16px">${paragraphs.join('')}</body></html>`;
}
