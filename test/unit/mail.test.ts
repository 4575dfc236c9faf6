import { describe, expect, it } from 'vitest';
import { enrollmentEmails } from '#shared/enrollment/emails';
import { formatDateTime, renderEmail, tidyPunctuation } from '#shared/platform/email/render';
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

describe('email wording', () => {
  it('ends a sentence after a name ending in a period with one period, in every language', () => {
    for (const language of ['en', 'it', 'es'] as const) {
      const email = renderEmail(enrollmentEmails.enrollmentUnderReview, language, 'ada@contoso.example', {
        name: 'Ada',
        organization: 'Contoso S.r.l.',
      });
      expect(email.text).not.toMatch(/S\.r\.l\.\./);
      expect(email.text).toContain('S.r.l.');
    }
    expect(tidyPunctuation('Wait... S.p.A.. Next')).toBe('Wait... S.p.A. Next');
  });

  it('shows operators a readable due moment and a link, not a raw timestamp', () => {
    const email = renderEmail(enrollmentEmails.operatorReviewDelayed, 'en', 'ops@example.com', {
      organization: 'Contoso',
      enrollmentId: 'e1',
      dueAt: formatDateTime(new Date('2026-11-20T09:30:00Z'), 'en'),
      link: 'https://partner.example/v1/operator/enrollments',
    });
    expect(email.text).toContain('20 November 2026');
    expect(email.text).toContain('09:30 UTC');
    expect(email.text).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    expect(email.text).toContain('https://partner.example/v1/operator/enrollments');
  });
});

describe('the "has stopped" email', () => {
  it('says how to resume an expired wait, and that a failure is retried without anyone', () => {
    const render = (automatic: boolean) =>
      renderEmail(enrollmentEmails.timelineStopped, 'it', 'ada@contoso.example', {
        name: 'Ada',
        organization: 'Contoso S.r.l.',
        reason: 'il contratto per i partner non è stato firmato entro 30 giorni',
        automatic,
        enrollmentId: 'e1',
      }).text;
    expect(render(false)).toContain('POST /v1/enrollments/e1/resume');
    expect(render(false)).not.toContain('Non devi fare nulla');
    expect(render(true)).toContain('Non devi fare nulla');
  });
});
