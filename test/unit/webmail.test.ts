import { describe, expect, it } from 'vitest';
import { isWebmailAddress } from '#shared/enrollment/webmail';

describe('the webmail rule', () => {
  it.each([
    'a@gmail.com',
    'a@GoogleMail.com',
    'a@yahoo.com',
    'a@yahoo.co.uk',
    'a@yahoo.it',
    'a@ymail.com',
    'a@rocketmail.com',
    'a@icloud.com',
    'a@me.com',
    'a@mac.com',
    'a@aol.com',
    'a@aol.de',
    'a@aim.com',
    'a@outlook.com',
    'a@outlook.es',
    'a@hotmail.com',
    'a@hotmail.it',
    'a@hotmail.co.uk',
    'a@live.com',
    'a@live.com.mx',
    'a@live.it',
    'a@msn.com',
    'a@mail.yahoo.com',
  ])('rejects %s', (email) => {
    expect(isWebmailAddress(email)).toBe(true);
  });

  it.each([
    'a@contoso.it',
    'a@fabrikam.es',
    'a@outlook-consulting.com',
    'a@gmailer.io',
    'a@live-events.co.uk',
    'a@yahoo.contoso.com',
    'a@aol.contoso.it',
    'a@megmail.com',
  ])('accepts the organization address %s', (email) => {
    expect(isWebmailAddress(email)).toBe(false);
  });
});
