import { describe, expect, it } from 'vitest';
import { normalizeRecipient } from '#shared/platform/mail-quota-store';
import { LegalName, OneLine } from '#shared/platform/schemas';

describe('recipients, for the per-recipient cap', () => {
  it('fold case and drop plus-addressing (and Gmail dots), keeping the mailbox', () => {
    expect(normalizeRecipient('Ada.Rossi+promo@Contoso.IT')).toBe('ada.rossi@contoso.it');
    expect(normalizeRecipient('a.d.a+x@gmail.com')).toBe('ada@gmail.com');
    expect(normalizeRecipient('plain@example.com')).toBe('plain@example.com');
  });
});

describe('text that may reach an email header', () => {
  it('is one line: CR, LF and other control characters are refused', () => {
    expect(LegalName.safeParse('Contoso S.r.l.').success).toBe(true);
    expect(LegalName.safeParse('Contoso\r\nBcc: victim@example.com').success).toBe(false);
    expect(OneLine(1, 50).safeParse('Subject\u0000').success).toBe(false);
    expect(OneLine(1, 50).safeParse('line\u2028break').success).toBe(false);
  });
});
