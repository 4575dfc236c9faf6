import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, call, linkToken, newOrganization, strongPassword, uniqueEmail, waitForMail } from '../support/api';
import { customerOrganization, directBillPartner, servedCustomer } from '../support/customers';
import { appNow, directBillPartnerDue, eligibleReseller, seedRevenue } from '../support/direct-bill';
import { accept, activeProvider, activeReseller, invite } from '../support/partners';
import { directoryPartnerId, operator, operatorCredentials } from '../support/people';
import { checkPage, launch } from './browser';

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

async function signIn(page: Page, email: string, password: string) {
  await page.getByLabel(/^(Email address|Indirizzo email|Dirección de correo)/).fill(email);
  await page.getByLabel(/^(Password|Contraseña)$/).fill(password);
  await page.getByRole('button', { name: /^(Sign in|Accedi|Iniciar sesión)$/ }).click();
}

/** Reloads until the page shows `text` (the timeline moves on its own, as a person would refresh). */
async function until(page: Page, text: string | RegExp, seconds = 20) {
  for (let i = 0; i < seconds * 2; i++) {
    const body = (await page.textContent('main')) ?? '';
    if (typeof text === 'string' ? body.includes(text) : text.test(body)) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
    await page.reload();
  }
  throw new Error(`the page never showed ${text}: ${await page.textContent('main')}`);
}

const linkIn = async (email: string, path: string, count = 1) => {
  const mails = await waitForMail(email, (mail) => mail.text.includes(path), count);
  return new URL(`${path}?token=${linkToken(mails.at(-1)!)}`, api).toString();
};

describe('the partner console, with a browser and a mailbox only', () => {
  it('takes a new organization from sign-up to Active: a typo recovered, the review, the PartnerID, the agreement', async () => {
    const ctx = await context();
    const page = await ctx.newPage();
    const admin = uniqueEmail('ada');
    const contact = uniqueEmail('contact');
    const legalName = `Contoso ${Math.random().toString(36).slice(2, 7)} S.r.l.`;

    // no session: the console sends the person to sign in, who has no account yet
    await page.goto(`${api}/v1/console`);
    expect(await page.textContent('h1')).toBe('Sign in');
    await page.getByRole('link', { name: 'Create one' }).click();
    expect(await page.textContent('h1')).toBe('Create a work account');
    await checkPage(page, 'console-sign-up-en');
    await page.getByLabel('Organization’s legal name').fill(legalName);
    await page.getByLabel('Country or region').fill('it');
    await page.getByLabel('Your work email address').fill(admin);
    await page.getByRole('button', { name: 'Create account' }).click();
    // the name was forgotten: the error summary says so and links to the field; what was typed stays
    expect(await page.textContent('.summary')).toContain('Your full name');
    await checkPage(page, 'console-sign-up-error-en');
    expect(await page.getByLabel('Your work email address').inputValue()).toBe(admin);
    await page.getByLabel('Your full name').fill('Ada Rossi');
    await page.getByRole('button', { name: 'Create account' }).click();
    expect(await page.textContent('h1')).toBe('Check your mailbox');

    // the emailed link: choose a password; then sign in and land on the dashboard
    await page.goto(await linkIn(admin, '/v1/pages/email-confirmation'));
    await page.getByLabel('Password').fill(strongPassword);
    await page.getByRole('button', { name: 'Confirm' }).click();
    expect(await page.textContent('h1')).toBe('Your address is confirmed');
    await page.getByRole('link', { name: 'Sign in to continue' }).click();
    await signIn(page, admin, strongPassword);
    expect(await page.textContent('h1')).toBe(legalName);
    await checkPage(page, 'console-dashboard-new-en');

    // the enrollment: a webmail contact is refused, named in the summary; corrected, it starts
    await page.getByRole('link', { name: 'Enroll as an indirect reseller' }).click();
    await page.getByLabel('Address', { exact: true }).fill('Via Roma 1');
    await page.getByLabel('City').fill('Milano');
    await page.getByLabel('Postal code').fill('20121');
    await page.getByLabel('Full name').fill('Ada Rossi');
    await page.getByLabel('Email address', { exact: true }).fill('ada.rossi@gmail.com');
    await page.getByLabel('Phone', { exact: true }).fill('+39 02 1234 5678');
    await page.getByLabel('Support email').fill('support@contoso.example');
    await page.getByLabel('Support phone').fill('+39 02 1234 5679');
    await page.getByLabel('Website').fill('https://contoso.example');
    await page.getByRole('button', { name: 'Start the enrollment' }).click();
    expect(await page.textContent('.summary')).toContain('Email address');
    await checkPage(page, 'console-enrollment-error-en');
    await page.getByLabel('Email address', { exact: true }).fill(contact);
    await page.getByRole('button', { name: 'Start the enrollment' }).click();
    expect(await page.textContent('main')).toContain(`Open the link we emailed to ${contact}`);
    await checkPage(page, 'console-enrollment-en');

    // the contact verifies from its mailbox; the review starts, with its expected date
    const verify = await context();
    const verifyPage = await verify.newPage();
    await verifyPage.goto(await linkIn(contact, '/v1/pages/email-verification'));
    await verifyPage.getByRole('button', { name: 'Verify my email address' }).click();
    expect(await verifyPage.textContent('h1')).toBe('Email address verified');
    await verify.close();
    await page.goto(`${api}/v1/console`);
    await until(page, 'Expected by');
    await checkPage(page, 'console-dashboard-review-en');

    // an operator approves from the review queue
    const operatorContext = await context();
    const operatorPage = await operatorContext.newPage();
    await operatorPage.goto(`${api}/v1/console/operator/reviews`);
    await signIn(operatorPage, operatorCredentials.email, operatorCredentials.password);
    expect(await operatorPage.textContent('h1')).toBe('Review queue');
    await checkPage(operatorPage, 'console-review-queue-en');
    const item = operatorPage.locator('div.review', { hasText: legalName });
    await item.getByRole('button', { name: 'Approve' }).click();
    expect(await operatorPage.textContent('[role=status]')).toContain(`Decision recorded for ${legalName}`);
    await operatorContext.close();

    // the PartnerID, then the agreement from the next action's link; Active
    const partnerId = await directoryPartnerId('IT');
    await page.goto(`${api}/v1/console/enrollment`);
    await until(page, 'Link your organization’s PartnerID');
    await page.getByLabel('PartnerID', { exact: true }).fill(partnerId);
    await page.getByRole('button', { name: 'Link PartnerID' }).click();
    expect(await page.textContent('[role=status]')).toContain(`PartnerID ${partnerId} is linked`);
    await page.goto(`${api}/v1/console`);
    await until(page, 'Read, print and sign the agreement');
    await page.getByRole('link', { name: 'Read, print and sign the agreement' }).first().click();
    await page.getByLabel(/I have read/).check();
    await page.getByRole('button', { name: /Sign/ }).click();
    await page.goto(`${api}/v1/console`);
    await until(page, 'Your organization is an active indirect reseller.');
    await checkPage(page, 'console-dashboard-active-en');

    // signing out ends the session: the console asks to sign in again
    await page.getByRole('button', { name: 'Sign out' }).click();
    expect(await page.textContent('h1')).toBe('You are signed out');
    await page.goto(`${api}/v1/console`);
    expect(await page.textContent('h1')).toBe('Sign in');
    await ctx.close();
  });

  it('adds a user whose temporary password is shown once, who then signs in for the first time', async () => {
    const admin = uniqueEmail('admin');
    const signUp = await call('POST', '/v1/sign-up', {
      body: {
        organization: { legalName: 'Fabrikam S.p.A.', country: 'IT' },
        admin: { fullName: 'Bea Bianchi', email: admin, language: 'it' },
      },
    });
    expect(signUp.status).toBe(202);
    const ctx = await context('it-IT');
    const page = await ctx.newPage();
    await page.goto(await linkIn(admin, '/v1/pages/email-confirmation'));
    await page.getByLabel('Password').fill(strongPassword);
    await page.getByRole('button', { name: 'Conferma' }).click();
    await page.goto(`${api}/v1/console/users`);
    await signIn(page, admin, strongPassword);
    expect(await page.textContent('h1')).toBe('Gestione utenti');
    await checkPage(page, 'console-users-it');

    const newcomer = uniqueEmail('newcomer');
    await page.getByLabel('Nome e cognome').fill('Carla Verdi');
    await page.getByLabel('Indirizzo email').fill(newcomer);
    await page.getByLabel(/^Agente di vendita/).check();
    await page.getByRole('button', { name: 'Aggiungi utente' }).click();
    expect(await page.textContent('h1')).toBe('Utente aggiunto');
    expect(await page.textContent('.warning')).toContain('mostrata una sola volta');
    await checkPage(page, 'console-user-added-it');
    const temporary = await page.getByLabel('Password temporanea').inputValue();
    expect(temporary.length).toBeGreaterThanOrEqual(12);

    // the newcomer proves the address, signs in with the temporary password, chooses a new one
    const other = await context('it-IT');
    const newcomerPage = await other.newPage();
    await newcomerPage.goto(await linkIn(newcomer, '/v1/pages/email-confirmation'));
    await newcomerPage.getByRole('button', { name: 'Conferma' }).click();
    await newcomerPage.goto(`${api}/v1/console`);
    await signIn(newcomerPage, newcomer, temporary);
    await newcomerPage.getByLabel(/Nuova password/).fill(strongPassword);
    await newcomerPage.getByRole('button', { name: /Imposta/ }).click();
    expect(await newcomerPage.textContent('header')).toContain('Carla Verdi');
    // a sales agent sees no user management: the screen says which permission and which roles
    await newcomerPage.goto(`${api}/v1/console/users`);
    expect(await newcomerPage.textContent('h1')).toBe('Non puoi usare questa schermata');
    await checkPage(newcomerPage, 'console-forbidden-it');
    await other.close();

    // the admin changes the newcomer's roles, with the seed's descriptions beside each choice
    await page.goto(`${api}/v1/console/users?q=carla`);
    await page.getByRole('link', { name: 'Carla Verdi' }).click();
    await checkPage(page, 'console-user-it');
    await page.getByLabel(/^Agente helpdesk/).check();
    await page.getByRole('button', { name: 'Salva i ruoli' }).click();
    expect(await page.textContent('[role=status]')).toContain('Salvato');
    await ctx.close();
  });

  it('links a provider and a reseller, removes admin access, suspends and resumes, and drafts a customer request', async () => {
    const provider = await activeProvider(['Europe'], 'IT');
    const reseller = await activeReseller('IT');
    // the provider invites the reseller from its Indirect resellers screen
    const providerContext = await context();
    const providerPage = await providerContext.newPage();
    await providerPage.goto(`${api}/v1/console/indirect-resellers`);
    await signIn(providerPage, provider.email, strongPassword);
    await providerPage.getByLabel('Email of the reseller’s global admin').fill(reseller.email);
    await providerPage.getByRole('button', { name: 'Send the invitation' }).click();
    expect(await providerPage.textContent('[role=status]')).toContain(`Invitation sent to ${reseller.email}`);
    await checkPage(providerPage, 'console-indirect-resellers-en');

    // the reseller authorizes from the email's page, then sees the provider on its Indirect providers screen
    const resellerContext = await context();
    const page = await resellerContext.newPage();
    const [mail] = await waitForMail(reseller.email, (m) => m.subject.includes('indirect provider'));
    await page.goto(`${api}/v1/pages/invitation?token=${linkToken(mail!)}`);
    await page.getByRole('link', { name: 'Sign in to continue' }).click();
    await signIn(page, reseller.email, strongPassword);
    await page.getByLabel(/I authorize this indirect provider/).check();
    await page.getByRole('button', { name: 'Authorize indirect provider' }).click();
    await page.goto(`${api}/v1/console/indirect-providers`);
    const row = page.locator('tr', { hasText: 'Distributor' });
    expect(await row.textContent()).toContain('admin access');
    await checkPage(page, 'console-indirect-providers-en');
    await row.getByRole('button', { name: 'Remove admin access' }).click();
    expect(await page.textContent('[role=status]')).toContain('Done: the partnership is now');
    expect(await page.locator('tr', { hasText: 'Distributor' }).textContent()).not.toContain('admin access');

    // the provider suspends and resumes
    await providerPage.reload();
    await providerPage.getByRole('button', { name: 'Suspend' }).click();
    expect(await providerPage.textContent('[role=status]')).toContain('Suspended');
    await providerPage.getByRole('button', { name: 'Resume' }).click();
    expect(await providerPage.textContent('[role=status]')).toContain('Active');

    // the reseller drafts a combined request for a customer: open in email, copy, Done
    await page.goto(`${api}/v1/console/customers`);
    await page.getByLabel('Ask for delegated admin privileges').check();
    await page.getByLabel('Together with an indirect provider (optional)').selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Create the request' }).click();
    expect(await page.textContent('h1')).toBe('Your request is ready');
    expect(await page.getByLabel('Message').inputValue()).toContain('/v1/pages/invitation?token=');
    expect(await page.getByRole('link', { name: 'Open in email' }).getAttribute('href')).toMatch(/^mailto:/);
    expect(await page.getByRole('button', { name: 'Copy' }).isVisible()).toBe(true);
    await checkPage(page, 'console-customer-request-en');
    await page.getByRole('link', { name: 'Done' }).click();
    expect(await page.textContent('h1')).toBe('Customers');
    await providerContext.close();
    await resellerContext.close();
  });

  it('applies for direct-bill: attestations with a typo recovered, the credit check, the plan only after it, the assessment, the agreement', async () => {
    // an indirect reseller with a PartnerID and 13 months of revenue, who has not attested anything yet
    const legalName = `Tailspin ${randomUUID().slice(0, 6)} S.L.`;
    const reseller = await newOrganization({ country: 'ES', legalName, language: 'es' });
    await call('POST', `/v1/operator/organizations/${reseller.organizationId}/programs`, {
      token: await operator(),
      body: { program: 'IndirectReseller', partnerId: await directoryPartnerId('ES') },
    });
    await seedRevenue(reseller, 30_000, 13);

    const partnerContext = await context('es-ES');
    const page = await partnerContext.newPage();
    await page.goto(`${api}/v1/console/direct-bill`);
    await signIn(page, reseller.email, strongPassword);
    expect(await page.textContent('h1')).toBe('Asociación de facturación directa');
    expect(await page.textContent('main')).toContain('aún no cumple todos los requisitos');
    // a statement left empty: the summary names the field, nothing is recorded
    await page.getByRole('button', { name: 'Registrar la declaración' }).click();
    expect(await page.textContent('.summary')).toContain('Su declaración');
    for (const label of [
      'Autoridad de firma para la organización',
      'Soporte de primer nivel a sus clientes',
      'Facturación y contabilidad para sus clientes',
      'Un servicio administrado, un servicio IP o una solución para clientes',
    ]) {
      await page.getByLabel(label).check();
      await page.getByLabel('Su declaración').fill(`Declaramos: ${label}.`);
      await page.getByRole('button', { name: 'Registrar la declaración' }).click();
      expect(await page.textContent('[role=status]')).toContain('Declaración registrada');
    }
    expect(await page.textContent('main')).toContain('cumple todos los requisitos para solicitarlo');
    // what-if: the draft USD 1M version would not be met
    await page.getByLabel('Evaluar con otra versión (simulación)').selectOption('2027-07');
    await page.getByRole('button', { name: 'Evaluar', exact: true }).click();
    expect(await page.textContent('main')).toContain('aún no cumple todos los requisitos');
    await page.goto(`${api}/v1/console/direct-bill`);
    await page.getByRole('button', { name: 'Solicitar ser asociado de facturación directa' }).click();
    expect(await page.textContent('[role=status]')).toContain('Solicitud iniciada');
    await checkPage(page, 'console-direct-bill-es');

    // the operator records the credit check from the queue
    const operatorContext = await context();
    const desk = await operatorContext.newPage();
    await desk.goto(`${api}/v1/console/operator/direct-bill`);
    await signIn(desk, operatorCredentials.email, operatorCredentials.password);
    await until(desk, legalName);
    await checkPage(desk, 'console-operator-direct-bill-en');
    await desk.locator('.review', { hasText: legalName }).getByRole('button', { name: 'Passed' }).click();
    expect(await desk.textContent('[role=status]')).toContain(`Recorded for ${legalName}`);

    // only now the partner is asked for its support plan
    await until(page, 'El plan de soporte que compró');
    await page.getByLabel('Premier Support for Partners').check();
    await page.getByRole('button', { name: 'Registrar el plan de soporte' }).click();
    expect(await page.textContent('[role=status]')).toContain('Plan de soporte registrado');

    // the assessment, then the agreement: the box must be checked
    await desk.goto(`${api}/v1/console/operator/direct-bill`);
    await until(desk, legalName);
    const card = desk.locator('.review', { hasText: legalName });
    await card.getByLabel('Assessor').fill('Assessor Ltd');
    await card.getByRole('button', { name: 'Passed' }).click();
    await until(page, 'Acepto el contrato de facturación directa');
    await page.getByRole('button', { name: 'Firmar el contrato de facturación directa' }).click();
    expect(await page.textContent('.summary')).toContain('Acepto el contrato');
    await page.getByLabel('Acepto el contrato de facturación directa en nombre de mi organización').check();
    await page.getByRole('button', { name: 'Firmar el contrato de facturación directa' }).click();
    expect(await page.textContent('[role=status]')).toContain('Contrato firmado');
    await until(page, 'Reevaluación anual');
    await partnerContext.close();
    await operatorContext.close();
  });

  it('requests a customer relationship, the customer accepts it with delegated admin, and the partner orders for it once', async () => {
    const partner = await directBillPartner('IT');
    const customer = await customerOrganization('IT', 'it');
    const partnerContext = await context();
    const page = await partnerContext.newPage();
    await page.goto(`${api}/v1/console/customers`);
    await signIn(page, partner.email, strongPassword);
    await page.getByLabel('Ask for delegated admin privileges').check();
    await page.getByRole('button', { name: 'Create the request' }).click();
    const link = /https?:\/\/\S+\/v1\/pages\/invitation\?token=[\w-]+/.exec(
      await page.getByLabel('Message').inputValue(),
    )![0];
    await page.getByRole('link', { name: 'Done' }).click();

    // the customer's global admin opens the link from the partner's email, signs in and accepts
    const customerContext = await context('it-IT');
    const customerPage = await customerContext.newPage();
    await customerPage.goto(link);
    await customerPage.getByRole('link', { name: /Accedi per continuare/ }).click();
    await signIn(customerPage, customer.email, strongPassword);
    await customerPage.getByLabel(/Accetto questo partner/).check();
    await customerPage.getByRole('button', { name: 'Accetta' }).click();
    expect(await customerPage.textContent('main')).toContain('La relazione è attiva');

    // the partner opens the customer's record and orders on its behalf
    await page.reload();
    await page
      .getByRole('link', { name: /^Customer / })
      .first()
      .click();
    expect(await page.textContent('main')).toContain('No subscription yet.');
    await page.getByLabel('Number of licenses').fill('0');
    await page.getByRole('button', { name: 'Place the order' }).click();
    expect(await page.textContent('.summary')).toContain('Number of licenses');
    await page.getByLabel('What to order').selectOption({ index: 1 });
    await page.getByLabel('Number of licenses').fill('5');
    const hidden = page.locator('form[action$="/orders"] input[type=hidden]');
    const form: Record<string, string> = {};
    for (let i = 0; i < (await hidden.count()); i++)
      form[(await hidden.nth(i).getAttribute('name'))!] = (await hidden.nth(i).getAttribute('value'))!;
    const action = await page.locator('form[action$="/orders"]').getAttribute('action');
    await page.getByRole('button', { name: 'Place the order' }).click();
    expect(await page.textContent('[role=status]')).toContain('Order placed');
    await checkPage(page, 'console-customer-record-en');
    // the same form sent again (a double click, a resend after a timeout): the order is not placed twice
    const again = await page.request.post(`${api}${action}`, {
      form: { ...form, line: await page.getByLabel('What to order').inputValue(), quantity: '5' },
    });
    expect(await again.text()).toContain('This order was already placed');
    const rows = page.locator('main table').first().locator('tbody tr');
    expect(await rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('5');

    // more licenses for the subscription, and one assigned to the customer's admin
    const subscription = await page.locator('#line optgroup').nth(1).locator('option').first().getAttribute('value');
    await page.getByLabel('What to order').selectOption(subscription!);
    await page.getByLabel('Number of licenses').fill('2');
    await page.getByRole('button', { name: 'Place the order' }).click();
    expect(await page.locator('main table').first().locator('tbody tr').first().textContent()).toContain('7');
    await page.locator('tr', { hasText: customer.email }).getByRole('button', { name: 'Assign a license' }).click();
    expect(await page.textContent('[role=status]')).toContain('Licenses of');
    expect(await page.textContent('main')).toContain('1 of 7 licenses assigned.');
    // a user added to the customer's tenant: its temporary password is shown once
    await page.getByLabel('Full name').fill('Luca Neri');
    await page.getByLabel('Email address').fill(uniqueEmail('luca'));
    await page.getByRole('button', { name: 'Add user' }).click();
    expect(await page.textContent('h1')).toBe('User added');
    expect((await page.getByLabel('Temporary password').inputValue()).length).toBeGreaterThanOrEqual(12);
    await page.getByRole('link', { name: 'Back to Customers' }).click();
    expect(await page.textContent('main')).toContain('Luca Neri');

    // the customer sees its partners and subscriptions, and removes the partner's admin permissions
    await customerPage.getByRole('link', { name: 'Vai alla console dei partner' }).click();
    expect(await customerPage.textContent('h1')).toBe('Relazioni con i partner');
    expect(await customerPage.textContent('main')).toContain('Microsoft 365 Business Basic');
    await checkPage(customerPage, 'console-partner-relationships-it');
    await customerPage.getByRole('button', { name: 'Rimuovi le autorizzazioni di amministratore' }).click();
    expect(await customerPage.textContent('[role=status]')).toContain('Autorizzazioni di amministratore rimosse');
    await page.reload();
    expect(await page.textContent('main')).toContain('You do not hold admin permissions for this customer');
    await partnerContext.close();
    await customerContext.close();
  });

  it('recovers a forgotten password by email, which signs out every other session', async () => {
    const org = await newOrganization();
    const before = await call('GET', '/v1/me/capabilities', { token: org.token });
    expect(before.status).toBe(200);
    const ctx = await context();
    const page = await ctx.newPage();
    await page.goto(`${api}/v1/console`);
    await page.getByRole('link', { name: 'Forgotten your password?' }).click();
    // an unknown address gets the same answer as a known one
    await page.getByLabel('Email address').fill(uniqueEmail('nobody'));
    await page.getByRole('button', { name: 'Send the link' }).click();
    const unknown = (await page.textContent('main'))!;
    expect(unknown).toContain('If ');
    await page.goBack();
    await page.getByLabel('Email address').fill(org.email);
    await page.getByRole('button', { name: 'Send the link' }).click();
    expect(await page.textContent('h1')).toBe('Check your mailbox');
    await checkPage(page, 'forgotten-password-sent-en');

    const [mail] = await waitForMail(org.email, (m) => m.subject === 'Choose a new password for your work account');
    await page.goto(new URL(`/v1/pages/email-confirmation?token=${linkToken(mail!)}`, api).toString());
    expect(await page.textContent('h1')).toBe('Choose a new password');
    await page.getByLabel('Password').fill('weakpassword');
    await page.getByRole('button', { name: 'Confirm' }).click();
    expect(await page.textContent('[role=alert]')).toContain('Password');
    const renewed = `${strongPassword}-new`;
    await page.getByLabel('Password').fill(renewed);
    await page.getByRole('button', { name: 'Confirm' }).click();
    expect(await page.textContent('main')).toContain(`You can now sign in as ${org.email}`);
    // the session of whoever knew the old password has ended; the old password no longer signs in
    expect((await call('GET', '/v1/me/capabilities', { token: org.token })).status).toBe(401);
    expect((await call('POST', '/v1/sign-in', { body: { email: org.email, password: strongPassword } })).status).toBe(
      401,
    );
    await page.getByRole('link', { name: 'Sign in' }).click();
    await signIn(page, org.email, renewed);
    expect(await page.textContent('header')).toContain('Ada Rossi');
    // the link works once
    await page.goto(new URL(`/v1/pages/email-confirmation?token=${linkToken(mail!)}`, api).toString());
    expect(await page.textContent('main')).not.toContain('Choose a new password for');
    await ctx.close();
  });

  it('lets an operator designate an active partner an indirect provider, and watch failed effects', async () => {
    const partner = await activeReseller('IT');
    const profile = (await call('GET', '/v1/partner-profile', { token: partner.token })).body;
    const name = profile.legalName as string;
    const ctx = await context();
    const page = await ctx.newPage();
    await page.goto(`${api}/v1/console/operator/partners`);
    await signIn(page, operatorCredentials.email, operatorCredentials.password);
    await page.getByLabel('PartnerID').fill(profile.partnerId);
    await page.getByRole('button', { name: 'Search' }).click();
    const card = page.locator('.review', { hasText: name });
    // no region checked: the summary says so, nothing changes
    await card.getByRole('button', { name: 'Designate as indirect provider' }).click();
    expect(await page.textContent('.summary')).toContain('Regions');
    await page.locator('.review', { hasText: name }).getByLabel('Europe').check();
    await page
      .locator('.review', { hasText: name })
      .getByRole('button', { name: 'Designate as indirect provider' })
      .click();
    expect(await page.textContent('[role=status]')).toContain(`${name} is now an indirect provider`);
    await checkPage(page, 'console-operator-partners-en');
    const listed = await call('GET', '/v1/provider-directory?region=Europe&limit=100', { token: partner.token });
    expect(JSON.stringify(listed.body)).toContain(name);
    // reference data pasted a record a line: a bad line is named, nothing is imported until it is right
    await page.getByRole('link', { name: 'Reference data' }).click();
    const ids = [1, 2].map(() => String(9_000_000 + Math.floor(Math.random() * 999_999)));
    const directory = page.getByRole('textbox', { name: 'Lines' }).first();
    await directory.fill(`${ids[0]}, Fabrikam Italia S.r.l., IT, Active\n${ids[1]}, Fabrikam Spain S.L., XX, Active`);
    await page.getByRole('button', { name: 'Import' }).first().click();
    expect(await page.textContent('.summary')).toContain('Line 2');
    await page
      .getByRole('textbox', { name: 'Lines' })
      .first()
      .fill(`${ids[0]}, Fabrikam Italia S.r.l., IT, Active\n${ids[1]}, Fabrikam Spain S.L., es, Active`);
    await page.getByRole('button', { name: 'Import' }).first().click();
    expect(await page.textContent('[role=status]')).toContain('Imported 2 records');
    const duns = String(100_000_000 + Math.floor(Math.random() * 899_999_999));
    await page
      .getByRole('textbox', { name: 'Lines' })
      .nth(1)
      .fill(`${duns}; Fabrikam S.p.A.; Via Roma 1; Milano; 20100; IT; Active`);
    await page.getByRole('button', { name: 'Import' }).nth(1).click();
    expect(await page.textContent('[role=status]')).toContain('Imported 1 records');
    await checkPage(page, 'console-reference-data-en');
    await page.getByRole('link', { name: 'Failed effects' }).click();
    expect(await page.textContent('h1')).toBe('Effects that failed for good');
    await checkPage(page, 'console-dead-effects-en');
    await ctx.close();
  });

  it('opens a service request for a customer, who answers from its side; the partner resolves and the customer closes', async () => {
    const { partner, customer } = await servedCustomer([{ offerId: 'M365-BUSINESS-BASIC', quantity: 3 }]);
    const partnerContext = await context();
    const page = await partnerContext.newPage();
    await page.goto(`${api}/v1/console/service-requests`);
    await signIn(page, partner.email, strongPassword);
    await page.getByLabel('On behalf of a customer').check();
    await page.getByLabel('Customer (for a request on its behalf)').selectOption({ index: 1 });
    await page.getByLabel('Describe the problem').fill('Mailboxes do not sync since this morning.');
    await page.getByRole('button', { name: 'Open the request' }).click();
    // no title: the summary names it, the description typed is kept
    expect(await page.textContent('.summary')).toContain('Title');
    expect(await page.getByLabel('Describe the problem').inputValue()).toContain('Mailboxes');
    await page.getByLabel('Title', { exact: true }).fill('Mail sync stopped');
    await page.getByRole('button', { name: 'Open the request' }).click();
    expect(await page.textContent('h1')).toBe('Mail sync stopped');
    await page.getByLabel('Add a comment').fill('Which users are affected?');
    await page.getByRole('button', { name: 'Send the comment' }).click();
    await page.getByRole('button', { name: 'Wait for the requester’s answer' }).click();
    expect(await page.textContent('[role=status]')).toContain('Waiting for the requester');
    await checkPage(page, 'console-service-request-en');

    // the customer finds it on its side and answers: the request goes back to the partner
    const customerContext = await context();
    const customerPage = await customerContext.newPage();
    await customerPage.goto(`${api}/v1/console/partner-relationships`);
    await signIn(customerPage, customer.email, strongPassword);
    await customerPage.getByRole('link', { name: 'Mail sync stopped' }).click();
    expect(await customerPage.textContent('main')).toContain('Which users are affected?');
    await customerPage.getByLabel('Add a comment').fill('All of them.');
    await customerPage.getByRole('button', { name: 'Send the comment' }).click();
    expect(await customerPage.textContent('main')).toContain('In progress');

    await page.reload();
    await page.getByRole('button', { name: 'Mark as resolved' }).click();
    expect(await page.textContent('[role=status]')).toContain('Resolved');
    await customerPage.reload();
    await customerPage.getByRole('button', { name: 'Close' }).click();
    expect(await customerPage.textContent('[role=status]')).toContain('Closed');
    await partnerContext.close();
    await customerContext.close();
  });

  it('adds a lead with a typo recovered, assigns it and sends its contact a relationship request once', async () => {
    const reseller = await activeReseller('IT');
    const contact = uniqueEmail('lead');
    const ctx = await context();
    const page = await ctx.newPage();
    await page.goto(`${api}/v1/console/leads`);
    await signIn(page, reseller.email, strongPassword);
    await page.getByLabel('Company name').fill('Northwind Traders S.r.l.');
    await page.getByLabel('Contact name').fill('Nora Verdi');
    await page.getByLabel('Contact email').fill('nora.verdi@');
    await page.getByLabel('Country or region').fill('it');
    await page.getByRole('button', { name: 'Add the lead' }).click();
    expect(await page.textContent('.summary')).toContain('Contact email');
    expect(await page.getByLabel('Company name').inputValue()).toBe('Northwind Traders S.r.l.');
    await page.getByLabel('Contact email').fill(contact);
    await page.getByRole('button', { name: 'Add the lead' }).click();
    expect(await page.textContent('[role=status]')).toContain('Lead added');
    const row = () => page.locator('tr', { hasText: 'Northwind Traders' });
    await row().getByRole('button', { name: 'Assign' }).click();
    expect(await row().textContent()).toContain('Ada Rossi');
    await row().getByRole('button', { name: 'Send a relationship request' }).click();
    expect(await page.textContent('[role=status]')).toContain(`Relationship request sent to ${contact}`);
    expect(await row().textContent()).toContain('Invited');
    expect(await row().getByRole('button', { name: 'Send a relationship request' }).count()).toBe(0);
    await checkPage(page, 'console-leads-en');
    await waitForMail(contact, (m) => m.text.includes('/v1/pages/invitation?token='));
    await ctx.close();
  });

  it('moves a direct-bill partner to indirect reseller with its provider, step by step', async () => {
    const partner = await eligibleReseller();
    const due = new Date((await appNow()).getTime() + 100 * 86_400_000).toISOString().slice(0, 10);
    await directBillPartnerDue(partner, due);
    const provider = await activeProvider(['Europe']);
    await accept(partner, (await invite(provider, partner)).token);
    const ctx = await context();
    const page = await ctx.newPage();
    await page.goto(`${api}/v1/console/direct-bill`);
    await signIn(page, partner.email, strongPassword);
    await page.getByLabel('Indirect provider').selectOption({ index: 0 });
    await page.getByRole('button', { name: 'Start the transition' }).click();
    expect(await page.textContent('[role=status]')).toContain('Transition started');
    expect(await page.locator('ol.tasks').last().textContent()).toContain('The provider accepts');
    // the provider accepts on its Indirect resellers screen, opened from its email; then the partner marks its
    // steps done, in order
    const [told] = await waitForMail(provider.email, (m) => m.subject.includes('as its indirect provider'));
    const providerContext = await context();
    const desk = await providerContext.newPage();
    await desk.goto(/https?:\/\/\S+\/v1\/console\/indirect-resellers\?lang=\w+/.exec(told!.text)![0]);
    await signIn(desk, provider.email, strongPassword);
    await desk.getByRole('button', { name: 'Accept', exact: true }).click();
    expect(await desk.textContent('[role=status]')).toContain('Accepted');
    await providerContext.close();
    await page.reload();
    await page.getByRole('button', { name: /^Mark as done: Your customers’ billing moved/ }).click();
    await page.getByRole('button', { name: /^Mark as done: Direct-bill ended/ }).click();
    expect(await page.textContent('[role=status]')).toContain('Step marked as done');
    const profile = await call('GET', '/v1/partner-profile', { token: partner.token });
    expect(profile.body.programs).toMatchObject({
      DirectBill: { status: 'Ended' },
      IndirectReseller: { status: 'Active' },
    });
    await ctx.close();
  });

  it('shows and changes nothing of another partner or its customers, whatever ids a signed-in partner forges', async () => {
    const victim = await servedCustomer([{ offerId: 'M365-BUSINESS-BASIC', quantity: 4 }]);
    const request = await call('POST', '/v1/service-requests', {
      token: victim.partner.token,
      body: {
        category: 'Customer',
        customerId: victim.customer.organizationId,
        title: 'Victim request',
        description: 'Private.',
      },
    });
    const victimUser = (await call('GET', `${victim.base}/users`, { token: victim.partner.token })).body.items[0];
    const before = (await call('GET', victim.base, { token: victim.partner.token })).body;
    const intruder = await directBillPartner('IT');
    const ctx = await context();
    const page = await ctx.newPage();
    await page.goto(`${api}/v1/console/customers`);
    await signIn(page, intruder.email, strongPassword);
    const csrf = (await page.locator('input[name=csrf]').first().getAttribute('value'))!;
    const customer = `/v1/console/customers/${victim.customer.organizationId}`;
    // reading: a page that says it cannot be shown, with the API's status, and nothing of the victim's
    for (const path of [customer, `/v1/console/service-requests/${request.body.serviceRequestId}`]) {
      const response = await page.goto(`${api}${path}`);
      expect(response!.status(), path).toBe(404);
      expect(await page.textContent('h1')).toBe('This page cannot be shown');
      expect(await page.textContent('main')).not.toMatch(/Victim request|Microsoft 365/);
    }
    // writing with a valid session and CSRF token: refused, and the victim's customer is as it was
    const posts: [string, Record<string, string>][] = [
      [`${customer}/orders`, { line: 'offer:M365-BUSINESS-BASIC', quantity: '3', orderKey: crypto.randomUUID() }],
      [
        `${customer}/users/${victimUser.userId}/licenses`,
        { subscriptionId: victim.subscriptionIds[0], action: 'assign' },
      ],
      [`${customer}/users`, { fullName: 'Intruder Neri', email: uniqueEmail('intruder') }],
      [`/v1/console/service-requests/${request.body.serviceRequestId}/comments`, { text: 'hello' }],
      [`/v1/console/service-requests/${request.body.serviceRequestId}/status`, { action: 'close' }],
      [`/v1/console/direct-bill/transitions/${victim.partner.organizationId}/accept`, {}],
      [`/v1/console/partner-relationships/${victim.partner.organizationId}/remove-admin-access`, {}],
    ];
    for (const [path, form] of posts) {
      const response = await page.request.post(`${api}${path}`, { form: { ...form, csrf, lang: 'en' } });
      expect(response.status(), path).toBeGreaterThanOrEqual(400);
      expect(response.status(), path).toBeLessThan(500);
      expect(await response.text(), path).not.toMatch(/Victim request|Microsoft 365/);
    }
    const after = (await call('GET', victim.base, { token: victim.partner.token })).body;
    expect(after.subscriptions).toEqual(before.subscriptions);
    expect(after.users).toBe(before.users);
    expect(after.delegatedAdmin).toBe(true);
    const victimRequest = await call('GET', `/v1/service-requests/${request.body.serviceRequestId}`, {
      token: victim.partner.token,
    });
    expect(victimRequest.body.status).toBe('Open');
    expect(
      (
        await call('GET', `/v1/service-requests/${request.body.serviceRequestId}/comments`, {
          token: victim.partner.token,
        })
      ).body.items,
    ).toHaveLength(0);
    await ctx.close();
  });
});
