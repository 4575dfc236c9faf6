import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { api, call, newOrganization, strongPassword } from '../support/api';
import { servedCustomer } from '../support/customers';
import { operatorCredentials, seedMember } from '../support/people';
import { enrollToReview } from '../support/timeline';
import { checkPage, launch, screenshots } from './browser';

/**
 * Every console screen in each language, checked with axe-core. `npm run screens` (SCREENS=1) writes the
 * screenshots to docs/screens/, which the README shows; otherwise they go to test-results/.
 */
const directory = process.env.SCREENS === '1' ? path.resolve('docs/screens') : path.join(screenshots, 'screens');
const languages = ['en', 'it', 'es'] as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  mkdirSync(directory, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

async function signedIn(email: string, password: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1024, height: 800 } })).newPage();
  await page.goto(`${api}/v1/pages/sign-in`);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  return page;
}

describe('every console screen, in English, Italian and Spanish', () => {
  it('passes axe-core and is pictured', async () => {
    const org = await newOrganization({ legalName: 'Contoso Italia S.r.l.' });
    const member = await seedMember(org, { agentRole: 'SalesAgent', adminRole: 'NotAnAdmin' }, 'Marco Neri');
    await enrollToReview(org);
    const admin = await signedIn(org.email, strongPassword);
    const operator = await signedIn(operatorCredentials.email, operatorCredentials.password);
    const served = await servedCustomer([{ offerId: 'M365-BUSINESS-BASIC', quantity: 10 }]);
    const partnerPage = await signedIn(served.partner.email, strongPassword);
    const request = await call('POST', '/v1/service-requests', {
      token: served.partner.token,
      body: {
        category: 'Customer',
        customerId: served.customer.organizationId,
        title: 'Mail sync stopped',
        description: 'Mailboxes do not sync since this morning.',
      },
    });
    const customerPage = await signedIn(served.customer.email, strongPassword);
    const anonymous = await (await browser.newContext({ viewport: { width: 1024, height: 800 } })).newPage();
    const screens: [string, Page, string][] = [
      ['sign-in', anonymous, '/v1/pages/sign-in'],
      ['sign-up', anonymous, '/v1/console/sign-up'],
      ['forgotten-password', anonymous, '/v1/pages/forgotten-password'],
      ['dashboard', admin, '/v1/console'],
      ['enrollment', admin, '/v1/console/enrollment'],
      ['user-management', admin, '/v1/console/users'],
      ['user', admin, `/v1/console/users/${member.userId}`],
      ['legal-and-program-information', admin, '/v1/console/profile'],
      ['indirect-providers', admin, '/v1/console/indirect-providers'],
      ['indirect-resellers', admin, '/v1/console/indirect-resellers'],
      ['customers', admin, '/v1/console/customers'],
      ['direct-bill', admin, '/v1/console/direct-bill'],
      ['customer', partnerPage, `/v1/console/customers/${served.customer.organizationId}`],
      ['partner-relationships', customerPage, '/v1/console/partner-relationships'],
      ['service-requests', partnerPage, '/v1/console/service-requests'],
      ['leads', partnerPage, '/v1/console/leads'],
      ['service-request', partnerPage, `/v1/console/service-requests/${request.body.serviceRequestId}`],
      ['review-queue', operator, '/v1/console/operator/reviews'],
      ['operator-direct-bill', operator, '/v1/console/operator/direct-bill'],
      ['operator-partners', operator, '/v1/console/operator/partners'],
      ['dead-effects', operator, '/v1/console/operator/dead-effects'],
      ['reference-data', operator, '/v1/console/operator/reference-data'],
    ];
    for (const [name, page, screenPath] of screens)
      for (const language of languages) {
        await page.goto(`${api}${screenPath}${screenPath.includes('?') ? '&' : '?'}lang=${language}`);
        await checkPage(page, `${name}-${language}`, directory);
      }
    // 72 pages, each checked by axe-core: about 40 s alone, more beside another file on two cores
  }, 240_000);
});
