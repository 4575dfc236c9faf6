import { call, newOrganization, type SignedIn } from './api';
import { directoryPartnerId, operator } from './people';

export async function inviteCustomer(partner: SignedIn, body: Record<string, unknown> = {}) {
  const response = await call('POST', '/v1/customer-invitations', { token: partner.token, body });
  if (response.status !== 201) throw new Error(`customer invitation: ${response.status} ${response.text}`);
  const token = /token=([\w-]+)/.exec(response.body.link)![1]!;
  return { ...response.body, token };
}

export const acceptCustomer = (customer: SignedIn, token: string, adminChoice?: string) =>
  call('POST', '/v1/invitations/accept', {
    token: customer.token,
    body: { token, consent: true, ...(adminChoice ? { adminChoice } : {}) },
  });

export async function customerOrganization(country = 'IT', language = 'en'): Promise<SignedIn> {
  return newOrganization({ country, language, legalName: `Customer ${Math.random().toString(36).slice(2, 7)} S.r.l.` });
}

/** A partner that may order for its own customers: an active direct-bill partner. */
export async function directBillPartner(country = 'IT'): Promise<SignedIn> {
  const org = await newOrganization({ country, legalName: `Direct ${Math.random().toString(36).slice(2, 7)} S.p.A.` });
  await call('POST', `/v1/operator/organizations/${org.organizationId}/programs`, {
    token: await operator(),
    body: { program: 'DirectBill', partnerId: await directoryPartnerId(country) },
  });
  return org;
}
