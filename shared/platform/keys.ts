/** Key builders of the single table. One place, so the access-pattern table in docs/data-model.md stays true. */
export const keys = {
  organization: (organizationId: string) => ({ pk: `ORG#${organizationId}`, sk: 'PROFILE' }),
  emailClaim: (email: string) => ({ pk: `EMAIL#${email.toLowerCase()}`, sk: 'EMAIL' }),
  user: (userId: string) => ({ pk: `USER#${userId}`, sk: 'PROFILE' }),
  organizationUsers: (organizationId: string) => `ORG#${organizationId}#USERS`,
  enrollment: (organizationId: string) => ({ pk: `ORG#${organizationId}`, sk: 'ENROLLMENT#IndirectReseller' }),
  enrollmentPointer: (enrollmentId: string) => ({ pk: `ENROLLMENT#${enrollmentId}`, sk: 'POINTER' }),
  token: (tokenHash: string) => ({ pk: `TOKEN#${tokenHash}`, sk: 'TOKEN' }),
  effect: (eventId: string, effect: string) => ({ pk: `EFFECT#${eventId}`, sk: effect }),
  directoryEntry: (partnerId: string) => ({ pk: `DIRECTORY#${partnerId}`, sk: 'PARTNER' }),
  registryEntry: (dunsNumber: string) => ({ pk: `DUNS#${dunsNumber}`, sk: 'BUSINESS' }),
  serviceRequest: (organizationId: string, createdAt: string, id: string) => ({
    pk: `ORG#${organizationId}`,
    sk: `SR#${createdAt}#${id}`,
  }),
  /** A partner's reseller relationship with a customer, as the partner sees it. */
  customerRelationship: (partnerOrganizationId: string, customerOrganizationId: string) => ({
    pk: `ORG#${partnerOrganizationId}`,
    sk: `CUSTOMER#${customerOrganizationId}`,
  }),
  invitation: (invitationId: string) => ({ pk: `INVITATION#${invitationId}`, sk: 'INVITATION' }),
  sendQuota: (subject: string, day: string) => ({ pk: `QUOTA#${subject}`, sk: day }),
  /** One provider-reseller link, as each side sees it (both items change together). */
  providerOfReseller: (resellerId: string, providerId: string) => ({
    pk: `ORG#${resellerId}`,
    sk: `PROVIDER#${providerId}`,
  }),
  resellerOfProvider: (providerId: string, resellerId: string) => ({
    pk: `ORG#${providerId}`,
    sk: `RESELLER#${resellerId}`,
  }),
  providerDirectory: (regionId: string, name: string, organizationId: string) => ({
    pk: `PROVIDERS#${regionId}`,
    sk: `${name.toLowerCase()}#${organizationId}`,
  }),
  /** The customer's own ledger of the partners on its tenant. */
  partnerOnTenant: (customerId: string, partnerId: string) => ({ pk: `ORG#${customerId}`, sk: `PARTNER#${partnerId}` }),
  /** The one holder of delegated admin on a customer's tenant. */
  delegatedAdmin: (customerId: string) => ({ pk: `ORG#${customerId}`, sk: 'DELEGATED_ADMIN' }),
  subscription: (customerId: string, subscriptionId: string) => ({
    pk: `ORG#${customerId}`,
    sk: `SUB#${subscriptionId}`,
  }),
  order: (customerId: string, orderId: string) => ({ pk: `ORG#${customerId}`, sk: `ORDER#${orderId}` }),
  revenue: (partnerId: string, month: string, orderId: string) => ({
    pk: `ORG#${partnerId}`,
    sk: `REVENUE#${month}#${orderId}`,
  }),
  offer: (offerId: string) => ({ pk: 'CATALOG', sk: `OFFER#${offerId}` }),
  lead: (partnerId: string, leadId: string) => ({ pk: `ORG#${partnerId}`, sk: `LEAD#${leadId}` }),
  directBillProfile: (organizationId: string) => ({ pk: `ORG#${organizationId}`, sk: 'DIRECTBILL' }),
  directBillApplication: (organizationId: string) => ({ pk: `ORG#${organizationId}`, sk: 'DIRECTBILL#APPLICATION' }),
  directBillTransition: (organizationId: string) => ({ pk: `ORG#${organizationId}`, sk: 'DIRECTBILL#TRANSITION' }),
  jobRun: (job: string, day: string) => ({ pk: `JOB#${job}`, sk: day }),
  pageSession: (idHash: string) => ({ pk: `SESSION#${idHash}`, sk: 'SESSION' }),
  challenge: (sessionHash: string) => ({ pk: `CHALLENGE#${sessionHash}`, sk: 'CHALLENGE' }),
} as const;
