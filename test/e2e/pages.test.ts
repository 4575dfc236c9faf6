import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  advanceClock,
  api,
  call,
  days,
  linkToken,
  newOrganization,
  signInToken,
  strongPassword,
  totpCode,
  uniqueEmail,
  waitForMail,
} from '../support/api';
import { acceptCustomer, customerOrganization, inviteCustomer } from '../support/customers';
import { startEnrollment } from '../support/enrollment';
import { activeProvider, activeReseller, invite } from '../support/partners';
import { directoryPartnerId, seedMember } from '../support/people';
import { enrollToReview, review, waitForState } from '../support/timeline';
import { checkPage, launch, trackOrigins } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function context(locale = 'en-US'): Promise<BrowserContext> {
  return browser.newContext({ locale, extraHTTPHeaders: { 'accept-language': locale } });
}

async function signIn(page: import('playwright-core').Page, email: string, password: string) {
  await page.getByLabel(/Email|Indirizzo email|Dirección de correo/).fill(email);
  await page.getByLabel(/^(Password|Contraseña)$/).fill(password);
  await page.getByRole('button', { name: /Sign in|Accedi|Iniciar sesión/ }).click();
}

describe('the email verification page', () => {
  it('verifies in Italian, then shows the link as used; secure headers; nothing third-party', async () => {
    const org = await newOrganization();
    const { mail } = await startEnrollment(org, { language: 'it' });
    const link = /(http:\/\/[^\s]+token=[\w-]+)/.exec(mail.text)![1]!;
    const ctx = await context('it-IT');
    const page = await ctx.newPage();
    const foreign = trackOrigins(page, api);
    const response = await page.goto(link);
    const headers = response!.headers();
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy']).not.toContain('unsafe-inline');
    expect(await page.textContent('h1')).toBe('Verifica il tuo indirizzo email');
    await checkPage(page, 'email-verification-it');
    await page.keyboard.press('Tab'); // the language switch, then the button: all reachable by keyboard
    await page.getByRole('button', { name: 'Verifica il mio indirizzo email' }).click();
    expect(await page.textContent('h1')).toBe('Indirizzo email verificato');
    await checkPage(page, 'email-verified-it');

    await page.goto(link);
    expect(await page.textContent('h1')).toBe('Questo collegamento non può essere usato');
    await checkPage(page, 'email-verification-used-it');
    expect(foreign).toEqual([]);
    await ctx.close();
  });

  it('switches language on the page', async () => {
    const org = await newOrganization();
    const { mail } = await startEnrollment(org, { language: 'en' });
    const link = /(http:\/\/[^\s]+token=[\w-]+)/.exec(mail.text)![1]!;
    const ctx = await context('en-US');
    const page = await ctx.newPage();
    await page.goto(link);
    expect(await page.textContent('h1')).toBe('Verify your email address');
    await page.getByRole('link', { name: 'Español' }).click();
    expect(await page.textContent('h1')).toBe('Verifica tu dirección de correo electrónico');
    await ctx.close();
  });
});

describe('the provider invitation page', () => {
  it('signs in and authorizes the provider, in Spanish', async () => {
    const provider = await activeProvider(['Europe'], 'IT');
    const reseller = await activeReseller('ES', 'es');
    const { token } = await invite(provider, reseller, { language: 'es' });
    const ctx = await context('es-ES');
    const page = await ctx.newPage();
    await page.goto(`${api}/v1/pages/invitation?token=${token}`);
    expect(await page.textContent('h1')).toBe('Autorizar a un proveedor indirecto');
    expect(await page.textContent('main')).toContain('Italia');
    await checkPage(page, 'provider-invitation-es');
    await page.getByRole('link', { name: 'Inicia sesión para continuar' }).click();
    await checkPage(page, 'sign-in-es');
    await signIn(page, reseller.email, strongPassword);
    await page.getByRole('button', { name: 'Autorizar proveedor indirecto' }).click();
    expect(await page.textContent('.error')).toContain('Marca la casilla');
    await page.getByLabel(/Autorizo a este proveedor/).check();
    await checkPage(page, 'provider-invitation-signed-in-es');
    await page.getByRole('button', { name: 'Autorizar proveedor indirecto' }).click();
    expect(await page.textContent('h1')).toBe('Hecho');
    await checkPage(page, 'provider-authorized-es');
    const providers = await call('GET', '/v1/indirect-providers', { token: reseller.token });
    expect(providers.body.items.map((p: { id: string }) => p.id)).toEqual([provider.organizationId]);

    await page.goto(`${api}/v1/pages/invitation?token=${token}`);
    expect(await page.textContent('h1')).toBe('No se puede usar este vínculo');
    await ctx.close();
  });

  it('tells a signed-in user of another organization, and a non-global-admin, that they may not answer', async () => {
    const provider = await activeProvider();
    const reseller = await activeReseller();
    const { token } = await invite(provider, reseller);
    const agent = await seedMember(reseller, { agentRole: 'AdminAgent', adminRole: 'NotAnAdmin' });
    const stranger = await activeReseller();
    for (const [who, title, shot] of [
      [stranger, 'This invitation is for another organization', 'invitation-wrong-account-en'],
      [agent, 'Only a global admin can answer', 'invitation-not-global-admin-en'],
    ] as const) {
      const ctx = await context();
      const page = await ctx.newPage();
      await page.goto(`${api}/v1/pages/sign-in?returnTo=${encodeURIComponent(`/v1/pages/invitation?token=${token}`)}`);
      await signIn(page, who.email, strongPassword);
      await page.getByLabel(/I authorize this indirect provider/).check();
      await page.getByRole('button', { name: 'Authorize indirect provider' }).click();
      expect(await page.textContent('h1')).toBe(title);
      await checkPage(page, shot);
      await ctx.close();
    }
  });

  it('shows expired, revoked and unknown invitation links as one and the same unusable link', async () => {
    const provider = await activeProvider();
    const reseller = await activeReseller();
    const revoked = await invite(provider, reseller);
    await call('POST', `/v1/invitations/${revoked.invitation.invitationId}/revoke`, { token: provider.token });
    const ctx = await context('it-IT');
    const page = await ctx.newPage();
    await page.goto(`${api}/v1/pages/invitation?token=${revoked.token}`);
    expect(await page.textContent('h1')).toBe('Questo collegamento non può essere usato');
    await checkPage(page, 'invitation-unusable-it');
    const revokedText = await page.textContent('main');
    const expiring = await invite(provider, await activeReseller());
    await advanceClock(days(31));
    await page.goto(`${api}/v1/pages/invitation?token=${expiring.token}`);
    expect(await page.textContent('main')).toBe(revokedText);
    await page.goto(`${api}/v1/pages/invitation?token=${'A'.repeat(43)}`);
    expect(await page.textContent('main')).toBe(revokedText);
    await ctx.close();
  });
});

describe('the customer invitation page', () => {
  it('offers the delegated admin choice and moves admin when asked', async () => {
    const first = await activeReseller();
    const second = await activeReseller();
    const customer = await customerOrganization();
    await acceptCustomer(customer, (await inviteCustomer(first, { requestDelegatedAdmin: true })).token);
    const { token } = await inviteCustomer(second, { requestDelegatedAdmin: true });
    const ctx = await context();
    const page = await ctx.newPage();
    await page.goto(`${api}/v1/pages/sign-in?returnTo=${encodeURIComponent(`/v1/pages/invitation?token=${token}`)}`);
    await signIn(page, customer.email, strongPassword);
    expect(await page.textContent('h1')).toBe('Accept a reseller relationship');
    expect(await page.textContent('legend')).toContain('holds admin permissions');
    await checkPage(page, 'customer-invitation-admin-choice-en');
    await page.getByLabel(/^Move them to/).check();
    await page.getByLabel(/I accept this partner/).check();
    await page.getByRole('button', { name: 'Accept' }).click();
    expect(await page.textContent('h1')).toBe('Done');
    const ledger = await call('GET', '/v1/customer-relationships', { token: customer.token });
    expect(ledger.body.delegatedAdminHolder).toBe(second.organizationId);
    await ctx.close();
  });
});

describe('sign-in with the new-password step', () => {
  it('makes a user with a temporary password choose a new one, then continues', async () => {
    const admin = await newOrganization();
    const email = uniqueEmail('firsttime');
    const created = await call('POST', '/v1/users', {
      token: admin.token,
      body: { fullName: 'First Time', email, agentRole: 'SalesAgent', adminRole: 'NotAnAdmin' },
    });
    const ctx = await context();
    const page = await ctx.newPage();
    // the emailed link first: the address is proven on its page, then the sign-in link follows
    const [mail] = await waitForMail(email);
    await page.goto(`${api}/v1/pages/email-confirmation?token=${linkToken(mail!)}`);
    expect(await page.textContent('h1')).toBe('Confirm your email address');
    await checkPage(page, 'email-confirmation-en');
    await page.getByRole('button', { name: 'Confirm' }).click();
    expect(await page.textContent('h1')).toBe('Your address is confirmed');
    await page.getByRole('link', { name: 'Sign in to continue' }).click();
    await signIn(page, email, created.body.temporaryPassword);
    expect(await page.textContent('h1')).toBe('Choose a new password');
    await checkPage(page, 'new-password-en');
    await page.getByLabel('New password').fill(strongPassword);
    await page.getByRole('button', { name: 'Set password and continue' }).click();
    // signed in: the console's dashboard, as this user
    expect(new URL(page.url()).pathname).toBe('/v1/console');
    expect(await page.textContent('header')).toContain('Signed in as First Time');
    expect((await call('POST', '/v1/sign-in', { body: { email, password: strongPassword } })).status).toBe(200);
    await ctx.close();
  });
});

describe('sign-in with two-step verification', () => {
  it('asks for the authenticator app’s code after the password, and refuses a wrong one', async () => {
    const org = await newOrganization();
    const { secret } = (await call('POST', '/v1/me/mfa/totp', { token: org.token })).body;
    await call('POST', '/v1/me/mfa/totp/verification', { token: org.token, body: { code: totpCode(secret) } });
    const ctx = await context();
    const page = await ctx.newPage();
    await page.goto(`${api}/v1/pages/sign-in`);
    await signIn(page, org.email, strongPassword);
    expect(await page.textContent('h1')).toBe('Enter your code');
    await checkPage(page, 'mfa-en');
    await page.getByLabel('Code').fill('000000');
    await page.getByRole('button', { name: 'Continue' }).click();
    expect(await page.textContent('[role=alert]')).toContain('not correct');
    expect((await ctx.cookies()).map((cookie) => cookie.name)).not.toContain('csp_session');
    await signIn(page, org.email, strongPassword);
    await page.getByLabel('Code').fill(totpCode(secret));
    await page.getByRole('button', { name: 'Continue' }).click();
    expect(new URL(page.url()).pathname).toBe('/v1/console');
    // a page session started: the cookie is set, and only after the right code
    expect((await ctx.cookies()).map((cookie) => cookie.name)).toContain('csp_session');
    await ctx.close();
  });
});

describe('the sign-up link page', () => {
  it('creates the account with the password chosen on the page, re-asking with the reason for a weak one', async () => {
    const email = uniqueEmail('founder');
    await call('POST', '/v1/sign-up', {
      body: {
        organization: { legalName: 'Pagina S.r.l.', country: 'IT' },
        admin: { fullName: 'Ada', email, language: 'it' },
      },
    });
    const [mail] = await waitForMail(email);
    const ctx = await context('it-IT');
    const page = await ctx.newPage();
    await page.goto(`${api}/v1/pages/email-confirmation?token=${linkToken(mail!)}`);
    expect(await page.textContent('h1')).toBe('Crea il tuo account aziendale');
    await checkPage(page, 'sign-up-confirmation-it');
    await page.getByLabel('Password').fill('only-lowercase-letters');
    await page.getByRole('button', { name: 'Conferma' }).click();
    expect(await page.textContent('[role=alert]')).toContain('Almeno 12 caratteri');
    await page.getByLabel('Password').fill(strongPassword);
    await page.getByRole('button', { name: 'Conferma' }).click();
    expect(await page.textContent('h1')).toBe('Il tuo indirizzo è confermato');
    expect(await signInToken(email, strongPassword)).toBeTruthy();
    await ctx.close();
  });
});

describe('the partner agreement page', () => {
  it('lets a global admin read and sign the agreement, in Italian', async () => {
    const org = await newOrganization({ language: 'it' });
    const { enrollment, contactEmail } = await enrollToReview(org, {
      partnerId: await directoryPartnerId('IT'),
      language: 'it',
    });
    await review(enrollment.enrollmentId, { decision: 'Approve' });
    await waitForState(org, enrollment.enrollmentId, 'AwaitingSignature', 'Signature');
    const ctx = await context('it-IT');
    const page = await ctx.newPage();
    await page.goto(`${api}/v1/pages/agreement?enrollmentId=${enrollment.enrollmentId}`);
    await signIn(page, org.email, strongPassword);
    expect(await page.textContent('h1')).toBe('Contratto per i partner');
    expect(await page.textContent('.agreement')).toContain('Firmando');
    await checkPage(page, 'agreement-it');
    await page.getByLabel(/Ho letto il contratto/).check();
    await page.getByRole('button', { name: 'Firma il contratto' }).click();
    expect(await page.textContent('h1')).toBe('Contratto firmato');
    await checkPage(page, 'agreement-signed-it');
    await waitForState(org, enrollment.enrollmentId, 'Active');
    await waitForMail(contactEmail, (m) => m.subject.startsWith('Benvenuto'));
    await ctx.close();
  });
});
