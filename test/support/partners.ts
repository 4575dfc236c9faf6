import { call, linkToken, type Mail, mailTo, newOrganization, type SignedIn, waitForMail } from './api';
import { directoryPartnerId, operator } from './people';

/** An organization already active as an indirect reseller (imported from another channel by an operator). */
export async function activeReseller(country = 'IT', language = 'en'): Promise<SignedIn> {
  const org = await newOrganization({ country, language });
  const response = await call('POST', `/v1/operator/organizations/${org.organizationId}/programs`, {
    token: await operator(),
    body: { program: 'IndirectReseller', partnerId: await directoryPartnerId(country) },
  });
  if (response.status !== 200) throw new Error(`register reseller: ${response.text}`);
  return org;
}

/** An active partner designated an indirect provider for `regions`. */
export async function activeProvider(
  regions: string[] = ['Europe'],
  country = 'IT',
  language = 'en',
): Promise<SignedIn> {
  const org = await newOrganization({
    country,
    language,
    legalName: `Distributor ${Math.random().toString(36).slice(2, 7)} S.p.A.`,
  });
  await call('POST', `/v1/operator/organizations/${org.organizationId}/programs`, {
    token: await operator(),
    body: { program: 'DirectBill', partnerId: await directoryPartnerId(country) },
  });
  const designated = await call('POST', `/v1/operator/organizations/${org.organizationId}/indirect-provider`, {
    token: await operator(),
    body: { regions },
  });
  if (designated.status !== 200) throw new Error(`designate provider: ${designated.text}`);
  return org;
}

/** The provider invites the reseller's global admin by email; answers the invitation and the emailed token. */
export async function invite(provider: SignedIn, reseller: SignedIn, body: Record<string, unknown> = {}) {
  const isInvitation = (m: Mail) =>
    m.subject.includes('indirect provider') ||
    m.subject.includes('provider indiretto') ||
    m.subject.includes('proveedor indirecto');
  const before = (await mailTo(reseller.email)).filter(isInvitation).length;
  const created = await call('POST', '/v1/reseller-invitations', {
    token: provider.token,
    body: { email: reseller.email, ...body },
  });
  if (created.status !== 201) throw new Error(`invite: ${created.status} ${created.text}`);
  const mails = await waitForMail(reseller.email, isInvitation, before + 1);
  return { invitation: created.body, token: linkToken(mails[mails.length - 1]!) };
}

export const accept = (who: SignedIn, token: string) =>
  call('POST', '/v1/invitations/accept', { token: who.token, body: { token, consent: true } });
