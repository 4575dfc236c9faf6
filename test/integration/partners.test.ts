import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import {
  advanceClock,
  afterProof,
  call,
  days,
  eventually,
  getItem,
  mailTo,
  newOrganization,
  table,
  tableName,
  uniqueEmail,
  waitForMail,
} from '../support/api';
import { acceptCustomer, customerOrganization, inviteCustomer } from '../support/customers';
import { accept, activeProvider, activeReseller, invite } from '../support/partners';
import { operator, seedMember } from '../support/people';

/** The one answer a link holder gets for a link that cannot be used: the same status, type and text. */
/** What a daily mail counter holds, summed over its days (a test spans one or two). */
async function sentToday(scope: 'ORG' | 'EMAIL', subject: string): Promise<number> {
  const { Items = [] } = await table.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': `QUOTA#${scope}#${subject}` },
    }),
  );
  return Items.reduce((sum, item) => sum + Number(item.sent), 0);
}

const expectGone = (response: { status: number; body: any }) => {
  expect(response.status).toBe(410);
  expect(response.body.type).toBe('/v1/problems/invalid-link');
  expect(response.body).not.toHaveProperty('invitationState');
};

describe('regions and the provider directory', () => {
  it('lists regions with their markets and currencies', async () => {
    const org = await newOrganization();
    const response = await call('GET', '/v1/regions', { token: org.token });
    expect(response.body.version).toBe('2026-01');
    const europe = response.body.items.find((r: { regionId: string }) => r.regionId === 'Europe');
    expect(europe.markets).toEqual(
      expect.arrayContaining([
        { country: 'IT', name: 'Italy', currency: 'EUR' },
        { country: 'GB', name: 'United Kingdom', currency: 'GBP' },
      ]),
    );
  });

  it('finds authorized providers by region or by country', async () => {
    const provider = await activeProvider(['Europe', 'LatinAmerica'], 'ES');
    const name = (await getItem(`ORG#${provider.organizationId}`, 'PROFILE'))!.legalName;
    const byRegion = await call('GET', '/v1/provider-directory?region=LatinAmerica');
    expect(byRegion.body.items.map((p: { name: string }) => p.name)).toContain(name);
    const byCountry = await call('GET', '/v1/provider-directory?country=it');
    expect(byCountry.body.region).toBe('Europe');
    expect(byCountry.body.items.map((p: { name: string }) => p.name)).toContain(name);
    const elsewhere = await call('GET', '/v1/provider-directory?region=AsiaPacific');
    expect(elsewhere.body.items.map((p: { name: string }) => p.name)).not.toContain(name);
    expect((await call('GET', '/v1/provider-directory')).status).toBe(422);
  });

  it('lets a provider work where it is designated: a US reseller’s US customer, ordered for by a provider based in Italy', async () => {
    const provider = await activeProvider(['Europe', 'NorthAmerica'], 'IT');
    const reseller = await activeReseller('US');
    expect((await accept(reseller, (await invite(provider, reseller)).token)).status).toBe(200);
    const customer = await customerOrganization('US');
    const combined = await inviteCustomer(reseller, {
      includeProviderId: provider.organizationId,
      customerCountry: 'US',
    });
    expect((await acceptCustomer(customer, combined.token)).status).toBe(200);
    const order = await call('POST', `/v1/customers/${customer.organizationId}/orders`, {
      token: provider.token,
      body: { lineItems: [{ offerId: 'M365-BUSINESS-BASIC', quantity: 1 }] },
    });
    expect(order.status).toBe(201);
    expect(order.body.currency).toBe('USD');

    // designated for Europe only now: gone from North America's directory, and orders there are refused
    const name = (await getItem(`ORG#${provider.organizationId}`, 'PROFILE'))!.legalName;
    await call('POST', `/v1/operator/organizations/${provider.organizationId}/indirect-provider`, {
      token: await operator(),
      body: { regions: ['Europe'] },
    });
    const listed = async (region: string) =>
      (await call('GET', `/v1/provider-directory?region=${region}&q=${encodeURIComponent(name)}`)).body.items.map(
        (p: { name: string }) => p.name,
      );
    expect(await listed('NorthAmerica')).toEqual([]);
    expect(await listed('Europe')).toEqual([name]);
    const refused = await call('POST', `/v1/customers/${customer.organizationId}/orders`, {
      token: provider.token,
      body: { lineItems: [{ offerId: 'M365-BUSINESS-BASIC', quantity: 1 }] },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.errors[0].message).toContain('Europe');
  });

  it('pages the directory and searches it by name', async () => {
    const first = await activeProvider(['MiddleEastAfrica'], 'IT');
    const second = await activeProvider(['MiddleEastAfrica'], 'IT');
    const names = await Promise.all(
      [first, second].map(async (p) => (await getItem(`ORG#${p.organizationId}`, 'PROFILE'))!.legalName as string),
    );
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await call(
        'GET',
        `/v1/provider-directory?region=MiddleEastAfrica&limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      expect(page.body.items.length).toBeLessThanOrEqual(1);
      seen.push(...page.body.items.map((p: { name: string }) => p.name));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(expect.arrayContaining(names));
    const search = await call(
      'GET',
      // the random part of the name, in capitals (the suffix " S.p.A." is every test provider's)
      `/v1/provider-directory?region=MiddleEastAfrica&q=${encodeURIComponent(names[0]!.split(' ')[1]!.toUpperCase())}`,
    );
    expect(search.body.items.map((p: { name: string }) => p.name)).toEqual([names[0]]);
  });

  it('designates only active partners', async () => {
    const org = await newOrganization();
    const response = await call('POST', `/v1/operator/organizations/${org.organizationId}/indirect-provider`, {
      token: await operator(),
      body: { regions: ['Europe'] },
    });
    expect(response.status).toBe(409);
  });
});

describe('linking a provider and a reseller by invitation', () => {
  it('invites by email, and the reseller’s global admin authorizes: both lists show the link', async () => {
    const provider = await activeProvider(['Europe'], 'IT', 'it');
    const reseller = await activeReseller('ES', 'es');
    const { invitation, token } = await invite(provider, reseller, { language: 'es', message: 'Trabajemos juntos' });
    expect(invitation).toMatchObject({
      kind: 'Reseller',
      state: 'Pending',
      invitedOrganizationId: reseller.organizationId,
      resendsLeft: 3,
    });
    const [mail] = (await mailTo(reseller.email)).filter(afterProof);
    expect(mail!.subject).toContain('proveedor indirecto');
    expect(mail!.text).toContain('Trabajemos juntos');

    const page = await call('GET', `/v1/pages/invitation?token=${token}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Italia');
    expect(page.text).toContain('enviar pedidos');

    const noConsent = await call('POST', '/v1/invitations/accept', {
      token: reseller.token,
      body: { token, consent: false },
    });
    expect(noConsent.status).toBe(422);
    expect(noConsent.body.errors[0].field).toBe('consent');

    const accepted = await accept(reseller, token);
    expect(accepted.status).toBe(200);
    expect(accepted.body.invitation.state).toBe('Accepted');

    const providers = await call('GET', '/v1/indirect-providers', { token: reseller.token });
    expect(providers.body.items).toEqual([
      expect.objectContaining({
        id: provider.organizationId,
        location: 'IT',
        state: 'Active',
        grants: { submitOrders: true, addSubscriptions: true, adminAccess: true },
      }),
    ]);
    expect(providers.body.items[0].partnerId).toMatch(/^\d+$/);
    const resellers = await call('GET', '/v1/indirect-resellers', { token: provider.token });
    expect(resellers.body.items).toEqual([
      expect.objectContaining({ id: reseller.organizationId, location: 'ES', state: 'Active' }),
    ]);

    await waitForMail(provider.email, (m) => m.subject.includes('è ora attiva'));
    await waitForMail(reseller.email, (m) => m.subject.includes('ya está activa'));
    const shared = await call('GET', `/v1/partner-links/${provider.organizationId}/shared-customers`, {
      token: reseller.token,
    });
    expect(shared.body.items).toEqual([]);
    expectGone(await accept(reseller, token));
  });

  it('invites by PartnerID, sending to the organization’s contact', async () => {
    const provider = await activeProvider();
    const reseller = await activeReseller('FR');
    const partnerId = (await getItem(`ORG#${reseller.organizationId}`, 'PROFILE'))!.partnerId;
    const created = await call('POST', '/v1/reseller-invitations', { token: provider.token, body: { partnerId } });
    expect(created.status).toBe(201);
    expect(created.body.invitedEmail).toBe(reseller.email);
    const unknown = await call('POST', '/v1/reseller-invitations', {
      token: provider.token,
      body: { partnerId: '999999999' },
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors[0].field).toBe('partnerId');
  });

  it('writes to a person already on the platform in their own language, and greets each side’s contact by name', async () => {
    const provider = await activeProvider(['Europe'], 'IT', 'en');
    const reseller = await activeReseller('ES', 'es');
    const { token } = await invite(provider, reseller);
    const invitations = (await mailTo(reseller.email)).filter((m) => /indirect/.test(m.subject));
    expect(invitations.map((m) => m.subject)).toEqual([expect.stringContaining('proveedor indirecto')]);
    expect((await accept(reseller, token)).status).toBe(200);
    const [created] = await waitForMail(reseller.email, (m) => m.subject.includes('ya está activa'));
    const { legalName } = (await getItem(`ORG#${reseller.organizationId}`, 'PROFILE'))!;
    expect(created!.text).toMatch(/^Hola, .+:/m);
    expect(created!.text).not.toContain(`Hola, ${legalName}`);
  });

  it('lets the reseller decline', async () => {
    const provider = await activeProvider();
    const reseller = await activeReseller();
    const { token } = await invite(provider, reseller);
    const declined = await call('POST', '/v1/invitations/decline', { token: reseller.token, body: { token } });
    expect(declined.body.state).toBe('Declined');
    expectGone(await accept(reseller, token));
    expect((await call('GET', '/v1/indirect-providers', { token: reseller.token })).body.items).toEqual([]);
    // the provider is told
    const [told] = await waitForMail(provider.email, (m) => m.subject.includes('declined your invitation'));
    expect(told!.text).toContain('Nothing changed');
  });

  it('expires after 30 days', async () => {
    const provider = await activeProvider();
    const reseller = await activeReseller();
    const { token } = await invite(provider, reseller);
    await advanceClock(days(30) + 60_000);
    expectGone(await accept(reseller, token));
    const page = await call('GET', `/v1/pages/invitation?token=${token}`);
    const unknown = await call('GET', `/v1/pages/invitation?token=${'A'.repeat(43)}`);
    expect(page.status).toBe(410);
    expect(page.text).toBe(unknown.text);
  });

  it('stops working once revoked', async () => {
    const provider = await activeProvider();
    const reseller = await activeReseller();
    const { invitation, token } = await invite(provider, reseller);
    expect(
      (await call('POST', `/v1/invitations/${invitation.invitationId}/revoke`, { token: provider.token })).body.state,
    ).toBe('Revoked');
    expectGone(await accept(reseller, token));
    expect(
      (await call('POST', `/v1/invitations/${invitation.invitationId}/revoke`, { token: provider.token })).status,
    ).toBe(409);
    // the invitee is told its link no longer works
    await waitForMail(reseller.email, (m) => m.subject.includes('withdrew its invitation'));
  });

  it('resends a capped number of times, each with a new link', async () => {
    const provider = await activeProvider();
    const reseller = await activeReseller();
    const { invitation } = await invite(provider, reseller);
    for (let i = 1; i <= 3; i += 1) {
      const resent = await call('POST', `/v1/invitations/${invitation.invitationId}/resend`, { token: provider.token });
      expect(resent.status).toBe(202);
      expect(resent.body.resendsLeft).toBe(3 - i);
    }
    const capped = await call('POST', `/v1/invitations/${invitation.invitationId}/resend`, { token: provider.token });
    expect(capped.status).toBe(409);
    const mails = await waitForMail(reseller.email, (m) => m.subject.includes('indirect provider'), 4);
    expect(new Set(mails.map((m) => /token=([\w-]+)/.exec(m.text)![1])).size).toBe(4);
  });

  it('caps invitations per recipient per day (429)', async () => {
    const email = uniqueEmail('popular');
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      const provider = await activeProvider();
      statuses.push(
        (await call('POST', '/v1/reseller-invitations', { token: provider.token, body: { email } })).status,
      );
    }
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);
  });

  it('counts one mailbox however it is spelled: case and plus-addressing do not reset the cap', async () => {
    const [local, domain] = uniqueEmail('spelled').split('@');
    const spellings = [1, 2, 3, 4, 5, 6].map((i) =>
      i % 2 ? `${local}+${i}@${domain}` : `${local!.toUpperCase()}@${domain}`,
    );
    const statuses: number[] = [];
    for (const email of spellings) {
      const provider = await activeProvider();
      statuses.push(
        (await call('POST', '/v1/reseller-invitations', { token: provider.token, body: { email } })).status,
      );
    }
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);
  });

  it('counts the notices of a change on the day’s mail caps, as well as the invitation', async () => {
    const provider = await activeProvider();
    const reseller = await activeReseller();
    const { token } = await invite(provider, reseller);
    expect(await sentToday('ORG', provider.organizationId)).toBe(1);
    expect((await accept(reseller, token)).status).toBe(200);
    await waitForMail(provider.email, (m) => m.subject.includes('is now active'));
    await waitForMail(reseller.email, (m) => m.subject.includes('is now active'));
    // the link's two notices count for the organization whose change sent them, and for each recipient
    await eventually('both notices counted', async () => {
      const both =
        (await sentToday('ORG', provider.organizationId)) + (await sentToday('ORG', reseller.organizationId));
      return both === 3 || undefined;
    });
    // the reseller's admin: its sign-up link, the invitation and the notice
    expect(await sentToday('EMAIL', reseller.email.toLowerCase())).toBe(3);
  });

  it('refuses a reseller outside the provider’s regions, with the reason', async () => {
    const provider = await activeProvider(['NorthAmerica'], 'US');
    const reseller = await activeReseller('IT');
    const { token } = await invite(provider, reseller);
    const response = await accept(reseller, token);
    expect(response.status).toBe(422);
    expect(response.body.detail).toContain('NorthAmerica');
    expect(response.body.errors[0].message).toContain('IT');
  });

  it('takes acceptance only from a global admin of the invited organization', async () => {
    const provider = await activeProvider();
    const reseller = await activeReseller();
    const { token } = await invite(provider, reseller);
    const agent = await seedMember(reseller, { agentRole: 'AdminAgent', adminRole: 'UserManagementAdmin' });
    const notAdmin = await accept(agent, token);
    expect(notAdmin.status).toBe(403);
    // refused by the permission table, as capabilities say: only global admins answer invitations
    expect(notAdmin.body).toMatchObject({ missingPermission: 'invitations:answer', grantedBy: ['GlobalAdmin'] });
    const stranger = await activeReseller();
    const wrongAccount = await accept(stranger, token);
    expect(wrongAccount.status).toBe(403);
    expect(wrongAccount.body.reason).toBe('wrong-account');
  });

  it('refuses a provider inviting itself or an already linked reseller (409)', async () => {
    const provider = await activeProvider();
    expect(
      (await call('POST', '/v1/reseller-invitations', { token: provider.token, body: { email: provider.email } }))
        .status,
    ).toBe(409);
    const reseller = await activeReseller();
    const { token } = await invite(provider, reseller);
    await accept(reseller, token);
    const again = await call('POST', '/v1/reseller-invitations', {
      token: provider.token,
      body: { email: reseller.email },
    });
    expect(again.status).toBe(409);
    expect(again.body.linkState).toBe('Active');
  });
});

describe('the link after authorization', () => {
  async function linked() {
    const provider = await activeProvider();
    const reseller = await activeReseller();
    const { token } = await invite(provider, reseller);
    expect((await accept(reseller, token)).status).toBe(200);
    return { provider, reseller };
  }

  it('lets the reseller remove the provider’s admin access and keep the link', async () => {
    const { provider, reseller } = await linked();
    const removed = await call('POST', `/v1/indirect-providers/${provider.organizationId}/remove-admin-access`, {
      token: reseller.token,
    });
    expect(removed.body).toMatchObject({ state: 'Active', grants: { adminAccess: false, submitOrders: true } });
    const seenByProvider = await call('GET', '/v1/indirect-resellers', { token: provider.token });
    expect(seenByProvider.body.items[0].grants.adminAccess).toBe(false);
    expect(
      (
        await call('POST', `/v1/indirect-providers/${provider.organizationId}/remove-admin-access`, {
          token: reseller.token,
        })
      ).status,
    ).toBe(409);
  });

  it('is suspended and resumed by the provider, and by an operator', async () => {
    const { provider, reseller } = await linked();
    expect(
      (await call('POST', `/v1/indirect-resellers/${reseller.organizationId}/suspend`, { token: provider.token })).body
        .state,
    ).toBe('Suspended');
    expect((await call('GET', '/v1/indirect-providers', { token: reseller.token })).body.items[0].state).toBe(
      'Suspended',
    );
    expect(
      (await call('POST', `/v1/indirect-resellers/${reseller.organizationId}/resume`, { token: provider.token })).body
        .state,
    ).toBe('Active');

    const byOperator = await call(
      'POST',
      `/v1/operator/provider-links/${provider.organizationId}/${reseller.organizationId}/suspend`,
      { token: await operator() },
    );
    expect(byOperator.body).toMatchObject({ state: 'Suspended', suspendedBy: 'Operator' });
    const providerTries = await call('POST', `/v1/indirect-resellers/${reseller.organizationId}/resume`, {
      token: provider.token,
    });
    expect(providerTries.status).toBe(409);
    expect(providerTries.body.suspendedBy).toBe('Operator');
    expect(
      (
        await call('POST', `/v1/operator/provider-links/${provider.organizationId}/${reseller.organizationId}/resume`, {
          token: await operator(),
        })
      ).body.state,
    ).toBe('Active');
  });

  it('can be ended by either side, after which a new invitation may link them again', async () => {
    const { provider, reseller } = await linked();
    expect(
      (await call('POST', `/v1/partner-links/${provider.organizationId}/end`, { token: reseller.token })).body.state,
    ).toBe('Ended');
    expect(
      (await call('POST', `/v1/partner-links/${reseller.organizationId}/end`, { token: provider.token })).status,
    ).toBe(409);
    const { token } = await invite(provider, reseller);
    const relinked = await accept(reseller, token);
    expect(relinked.status, relinked.text).toBe(200);
    expect((await call('GET', '/v1/indirect-resellers', { token: provider.token })).body.items[0].state).toBe('Active');
  });

  it('is invisible to third parties', async () => {
    const { provider, reseller } = await linked();
    const stranger = await activeReseller();
    expect(
      (
        await call('POST', `/v1/indirect-providers/${provider.organizationId}/remove-admin-access`, {
          token: stranger.token,
        })
      ).status,
    ).toBe(404);
    expect(
      (await call('GET', `/v1/partner-links/${reseller.organizationId}/shared-customers`, { token: stranger.token }))
        .status,
    ).toBe(404);
  });
});

describe('races', () => {
  it('creates exactly one link from fifty concurrent acceptances', async () => {
    const provider = await activeProvider();
    const reseller = await activeReseller();
    const { token } = await invite(provider, reseller);
    const responses = await Promise.all(Array.from({ length: 50 }, () => accept(reseller, token)));
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 410)).toHaveLength(49);
    expect((await call('GET', '/v1/indirect-providers', { token: reseller.token })).body.items).toHaveLength(1);
  });

  it('settles an acceptance racing a revocation one way, and both callers are told the truth', async () => {
    const provider = await activeProvider();
    const reseller = await activeReseller();
    const { invitation, token } = await invite(provider, reseller);
    const [accepted, revoked] = await Promise.all([
      accept(reseller, token),
      call('POST', `/v1/invitations/${invitation.invitationId}/revoke`, { token: provider.token }),
    ]);
    // one wins; the revoker (the sender) is told the state, the link holder only that its link is unusable
    expect(
      (accepted.status === 200 && revoked.status === 409) || (accepted.status === 410 && revoked.status === 200),
    ).toBe(true);
    const links = (await call('GET', '/v1/indirect-providers', { token: reseller.token })).body.items;
    const stored = await getItem(`INVITATION#${invitation.invitationId}`, 'INVITATION');
    if (accepted.status === 200) {
      expect(stored!.state).toBe('Accepted');
      expect(links).toHaveLength(1);
    } else {
      expect(stored!.state).toBe('Revoked');
      expect(links).toHaveLength(0);
    }
  });
});
