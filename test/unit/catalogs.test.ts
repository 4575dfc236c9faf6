import { describe, expect, it } from 'vitest';
import { customerEmails } from '#shared/customers/emails';
import { directBillEmails } from '#shared/direct-bill/emails';
import { enrollmentEmails } from '#shared/enrollment/emails';
import { partnerEmails } from '#shared/partners/emails';
import { renderEmail } from '#shared/platform/email/render';
import { pageMessages } from '#shared/platform/pages/messages';
import { languages } from '#shared/platform/schemas';
import { userEmails } from '#shared/users/emails';

describe('message catalogues', () => {
  it('has every email message of every feature in every language', () => {
    const emails = { ...userEmails, ...enrollmentEmails, ...partnerEmails, ...customerEmails, ...directBillEmails };
    for (const [name, template] of Object.entries(emails)) {
      expect(Object.keys(template).sort(), name).toEqual([...languages].sort());
    }
  });

  it('has every page text in every language, none empty', () => {
    const keys = Object.keys(pageMessages.en).sort();
    for (const language of languages) {
      expect(Object.keys(pageMessages[language]).sort()).toEqual(keys);
      for (const key of keys) expect(pageMessages[language][key as keyof typeof pageMessages.en].trim()).not.toBe('');
    }
  });

  it('renders an email as text and escaped HTML in the recipient’s language', () => {
    const params = {
      name: 'Ada <script>',
      organization: 'Contoso & Co',
      link: 'https://x.example/v?token=abc',
      expiresOn: '28 novembre 2026',
    };
    const email = renderEmail(enrollmentEmails.emailVerification, 'it', 'ada@contoso.it', params);
    expect(email.subject).toBe('Verifica il tuo indirizzo email per Contoso & Co');
    expect(email.text).toContain('https://x.example/v?token=abc');
    expect(email.html).toContain('Ada &lt;script&gt;');
    expect(email.html).not.toContain('<script>');
    expect(renderEmail(enrollmentEmails.emailVerification, undefined, 'a@b.c', params).subject).toMatch(
      /^Verify your email/,
    );
  });
});
