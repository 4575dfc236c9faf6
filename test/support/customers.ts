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

/**
 * A direct-bill partner with delegated admin on a new customer, and the subscriptions of a first order
 * (one per line, in order): the set-up of every test that manages a customer on its behalf.
 */
export async function servedCustomer<const L extends readonly { offerId: string; quantity: number }[]>(lineItems: L) {
  const partner = await directBillPartner();
  const customer = await customerOrganization();
  await acceptCustomer(customer, (await inviteCustomer(partner, { requestDelegatedAdmin: true })).token);
  const base = `/v1/customers/${customer.organizationId}`;
  const order = await call('POST', `${base}/orders`, { token: partner.token, body: { lineItems } });
  if (order.status !== 201) throw new Error(`order: ${order.status} ${order.text}`);
  const subscriptionIds = order.body.lineItems.map((line: { subscriptionId: string }) => line.subscriptionId) as {
    [K in keyof L]: string;
  };
  return { partner, customer, base, subscriptionIds };
}
