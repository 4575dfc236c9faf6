/**
 * The webmail rule of seeds 000 and 003: a primary contact's address may not be on a web-based email
 * service (Gmail, Yahoo! Mail, iCloud Mail, AOL Mail, Outlook.com), including their sister domains.
 * Pure: no I/O.
 */

/** Exact domains of the named services and their sister brands. */
const webmailDomains = new Set([
  'gmail.com',
  'googlemail.com',
  'ymail.com',
  'rocketmail.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'aim.com',
  'love.com',
  'games.com',
  'wow.com',
  'aol.com',
  'msn.com',
  'passport.com',
  'windowslive.com',
]);

/**
 * Brand labels that are webmail under any public suffix: `hotmail.*`, `live.*`, `outlook.*`, `yahoo.*`,
 * `aol.*` (for example hotmail.it, live.com.mx, outlook.es, yahoo.co.uk, aol.de).
 */
const webmailBrands = new Set(['hotmail', 'live', 'outlook', 'yahoo', 'aol']);

/** Country-code second-level labels under which a brand may sit, as in `yahoo.co.uk` or `live.com.mx`. */
const secondLevels = new Set(['co', 'com', 'net', 'org', 'ne', 'or']);

export function emailDomain(email: string): string {
  const at = email.lastIndexOf('@');
  return email
    .slice(at + 1)
    .trim()
    .toLowerCase()
    .replace(/\.$/, '');
}

/** True when the address is on a webmail service (the domain or any of its subdomains). */
export function isWebmailAddress(email: string): boolean {
  const domain = emailDomain(email);
  const labels = domain.split('.');
  for (let i = 0; i < labels.length - 1; i += 1) {
    const candidate = labels.slice(i).join('.');
    if (webmailDomains.has(candidate)) return true;
  }
  return isBrandUnderPublicSuffix(labels);
}

function isBrandUnderPublicSuffix(labels: string[]): boolean {
  // brand.tld (hotmail.it) or brand.sld.cc (yahoo.co.uk); the brand must be the registrable label.
  const n = labels.length;
  if (n >= 2 && webmailBrands.has(labels[n - 2]!) && isTld(labels[n - 1]!)) return true;
  if (n >= 3 && webmailBrands.has(labels[n - 3]!) && secondLevels.has(labels[n - 2]!) && isCountryTld(labels[n - 1]!))
    return true;
  return false;
}

const isTld = (label: string) => /^[a-z]{2,6}$/.test(label);
const isCountryTld = (label: string) => /^[a-z]{2}$/.test(label);

export const webmailRuleMessage =
  'must be an address of your organization, not of a web-based email service (Gmail, Yahoo! Mail, iCloud Mail, AOL Mail, Outlook.com)';
