import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Route, routes } from '#shared/app/routes';
import { grantedPermissions, isGranted, type Permission } from '#shared/users/permissions';
import { adminRoles, agentRoles, type Roles } from '#shared/users/roles';
import { call, newOrganization, type SignedIn, uniqueEmail } from '../support/api';
import { enrollmentBody, startEnrollment } from '../support/enrollment';
import { operator, seedMember } from '../support/people';

/**
 * Generated from the permission table and the route declaration: every signed-in route, called by every
 * role of the caller's own organization and by every role of a foreign one. A route without a fixture here
 * fails the suite, so a new route cannot be forgotten.
 */
interface World {
  enrollmentId: string;
  founder: SignedIn;
}

type Request = { params?: Record<string, string>; query?: string; body?: unknown; headers?: Record<string, string> };

/** How to call each operation; `own` is the organization whose data the ids point at. */
const fixtures: Record<string, (own: World) => Request> = {
  createEnrollment: () => ({ body: enrollmentBody() }),
  getEnrollment: (w) => ({ params: { enrollmentId: w.enrollmentId } }),
  getCurrentEnrollment: () => ({}),
  linkPartnerId: (w) => ({ params: { enrollmentId: w.enrollmentId }, body: { partnerId: '1234567' } }),
  respondToReviewInquiry: (w) => ({ params: { enrollmentId: w.enrollmentId }, body: { answer: 'Our VAT number.' } }),
  signPartnerAgreement: (w) => ({
    params: { enrollmentId: w.enrollmentId },
    body: { agreementType: 'PartnerAgreement', agreementVersion: '2026-01', accept: true },
  }),
  resumeEnrollment: (w) => ({ params: { enrollmentId: w.enrollmentId } }),
  correctEnrollment: (w) => ({
    params: { enrollmentId: w.enrollmentId },
    body: { support: { email: 'help@contoso.example', phone: '+39 02 1234 5679', website: 'https://contoso.example' } },
  }),
  resendEmailVerification: (w) => ({ params: { enrollmentId: w.enrollmentId } }),
  validateAddress: () => ({
    body: { address: { line1: 'Via Roma 1', city: 'Milano', postalCode: '20121', country: 'IT' } },
  }),
  lookupDuns: () => ({ params: { dunsNumber: '123456789' } }),
  getPartnerAgreement: () => ({ params: { agreementType: 'PartnerAgreement', version: 'current' } }),
  getPartnerProfile: () => ({}),
  listEnrollmentsForReview: () => ({ query: 'state=UnderReview' }),
  reviewEnrollment: (w) => ({ params: { enrollmentId: w.enrollmentId }, body: { decision: 'Approve' } }),
  importPartnerDirectory: () => ({
    body: { records: [{ partnerId: '7654321', organizationName: 'X', country: 'IT', status: 'Active' }] },
  }),
  importBusinessRegistry: () => ({
    body: {
      records: [
        {
          dunsNumber: '111111111',
          legalName: 'X Ltd',
          address: { line1: '1 A St', city: 'London', postalCode: 'SW1A 1AA', country: 'GB' },
          status: 'Active',
        },
      ],
    },
  }),
  registerExistingPartner: () => ({
    params: { organizationId: randomUUID() },
    body: { program: 'IndirectProvider', partnerId: '1234567' },
  }),
  createPartnerUser: () => ({
    body: {
      fullName: 'Generated User',
      email: uniqueEmail('generated'),
      agentRole: 'SalesAgent',
      adminRole: 'NotAnAdmin',
    },
  }),
  listPartnerUsers: () => ({}),
  getPartnerUser: (w) => ({ params: { userId: w.founder.userId } }),
  // mutations of users aim at ids that do not exist: authorization is what is under test, not the change
  updatePartnerUserRoles: () => ({
    params: { userId: randomUUID() },
    body: { agentRole: 'SalesAgent', adminRole: 'NotAnAdmin' },
    headers: { 'if-match': '"1"' },
  }),
  deletePartnerUser: () => ({ params: { userId: randomUUID() } }),
  getMyCapabilities: () => ({}),
  startTotpEnrollment: () => ({}),
  confirmTotpEnrollment: () => ({ body: { code: '000000' } }),
  createServiceRequest: () => ({
    body: { category: 'Customer', customerId: randomUUID(), title: 'Generated', description: 'Generated request.' },
  }),
  listServiceRequests: () => ({}),
  getServiceRequest: () => ({ params: { serviceRequestId: randomUUID() } }),
  listServiceRequestComments: () => ({ params: { serviceRequestId: randomUUID() } }),
  addServiceRequestComment: () => ({ params: { serviceRequestId: randomUUID() }, body: { text: 'Generated.' } }),
  changeServiceRequestStatus: () => ({ params: { serviceRequestId: randomUUID() }, body: { action: 'close' } }),
  listTenantServiceRequests: () => ({}),
  listTenantSubscriptions: () => ({}),
  updateSubscription: () => ({
    params: { customerId: randomUUID(), subscriptionId: randomUUID() },
    body: { status: 'Suspended' },
  }),
  getServiceHealth: () => ({}),
  listAuditEvents: () => ({}),
  listEventFeed: () => ({}),
  createWebhookSubscription: () => ({ body: { url: 'http://127.0.0.1:9/hook', eventTypes: ['PartnerUserAdded'] } }),
  listWebhookSubscriptions: () => ({}),
  deleteWebhookSubscription: () => ({ params: { subscriptionId: randomUUID() } }),
  listWebhookDeliveries: () => ({ params: { subscriptionId: randomUUID() } }),
  redeliverWebhook: () => ({ params: { subscriptionId: randomUUID(), eventId: randomUUID() } }),
  recordServiceIncident: () => ({
    body: { product: 'Azure', regions: ['Europe'], title: 'Generated', status: 'Resolved' },
  }),
  listRegions: () => ({}),
  designateIndirectProvider: () => ({ params: { organizationId: randomUUID() }, body: { regions: ['Europe'] } }),
  createResellerInvitation: () => ({ body: { email: uniqueEmail('invited') } }),
  listInvitations: () => ({}),
  resendInvitation: () => ({ params: { invitationId: randomUUID() } }),
  revokeInvitation: () => ({ params: { invitationId: randomUUID() } }),
  acceptInvitation: () => ({ body: { token: 'A'.repeat(43), consent: true } }),
  declineInvitation: () => ({ body: { token: 'A'.repeat(43) } }),
  listIndirectProviders: () => ({}),
  listIndirectResellers: () => ({}),
  removeProviderAdminAccess: () => ({ params: { providerId: randomUUID() } }),
  suspendProviderLink: () => ({ params: { resellerId: randomUUID() } }),
  resumeProviderLink: () => ({ params: { resellerId: randomUUID() } }),
  suspendProviderLinkAsOperator: () => ({ params: { providerId: randomUUID(), resellerId: randomUUID() } }),
  resumeProviderLinkAsOperator: () => ({ params: { providerId: randomUUID(), resellerId: randomUUID() } }),
  endProviderLink: () => ({ params: { organizationId: randomUUID() } }),
  listSharedCustomers: () => ({ params: { organizationId: randomUUID() } }),
  createCustomerInvitation: () => ({ body: {} }),
  listCustomers: () => ({}),
  getCustomer: () => ({ params: { customerId: randomUUID() } }),
  listCustomerRelationships: () => ({}),
  removeDelegatedAdmin: () => ({ params: { partnerId: randomUUID() } }),
  listCustomerUsers: () => ({ params: { customerId: randomUUID() } }),
  createCustomerUser: () => ({
    params: { customerId: randomUUID() },
    body: { fullName: 'On Behalf', email: uniqueEmail('behalf') },
  }),
  assignLicenses: () => ({
    params: { customerId: randomUUID(), userId: randomUUID() },
    body: { subscriptionId: randomUUID(), action: 'assign' },
  }),
  listOffers: () => ({ query: 'market=IT' }),
  upsertOffer: () => ({ body: { offerId: 'TEST-OFFER', name: 'Test offer', prices: { EUR: 1 }, maxQuantity: 10 } }),
  submitOrder: () => ({
    params: { customerId: randomUUID() },
    body: { lineItems: [{ offerId: 'AZURE-PLAN', quantity: 1 }] },
  }),
  listSubscriptions: () => ({ params: { customerId: randomUUID() } }),
  listRevenue: () => ({ query: 'month=2026-11' }),
  importCustomerRelationship: () => ({
    body: { partnerOrganizationId: randomUUID(), customer: { legalName: 'Imported', country: 'IT' } },
  }),
  listLeads: () => ({}),
  createLead: () => ({
    body: {
      companyName: 'Lead Co',
      contactName: 'Lead',
      contactEmail: uniqueEmail('lead'),
      country: 'IT',
      source: 'Marketing',
    },
  }),
  assignLead: () => ({ params: { leadId: randomUUID() }, body: { userId: randomUUID() } }),
  convertLeadToInvitation: () => ({ params: { leadId: randomUUID() } }),
  listEligibilityPolicies: () => ({}),
  addEligibilityPolicy: () => ({
    body: {
      version: '2099-01',
      effectiveFrom: '2099-01-01T00:00:00.000Z',
      description: 'Generated',
      criteria: [{ id: 'tenure', kind: 'tenure', description: 'Tenure', params: { months: 12 } }],
    },
  }),
  getDirectBillEligibility: () => ({}),
  recordDirectBillAttestation: () => ({ body: { attestation: 'managedService', statement: 'A generated statement.' } }),
  createDirectBillApplication: () => ({}),
  getDirectBillApplication: () => ({}),
  recordCreditCheck: () => ({ params: { organizationId: randomUUID() }, body: { passed: true } }),
  recordSupportPlan: () => ({ body: { plan: 'PremierSupportForPartners' } }),
  recordAssessment: () => ({ params: { organizationId: randomUUID() }, body: { passed: true } }),
  signDirectBillAgreement: () => ({ body: { accept: true } }),
  reevaluateDirectBillPartner: () => ({ params: { organizationId: randomUUID() } }),
  listDeadEffects: () => ({ query: 'limit=5' }),
  redriveEffect: () => ({ params: { eventId: randomUUID() } }),
  startTransitionToIndirect: () => ({ body: { providerId: randomUUID() } }),
  getDirectBillTransition: () => ({}),
  acceptDirectBillTransition: () => ({ params: { partnerId: randomUUID() } }),
  completeTransitionStep: () => ({ params: { step: 'CustomersBillingMoved' } }),
};

const signedInRoutes = routes.filter((route) => route.auth === 'user');
const combos: Roles[] = agentRoles.flatMap((agentRole) => adminRoles.map((adminRole) => ({ agentRole, adminRole })));

function pathOf(route: Route, request: Request): string {
  const path = route.path.replace(/\{(\w+)\}/g, (_m, name: string) => encodeURIComponent(request.params?.[name] ?? ''));
  return request.query ? `${path}?${request.query}` : path;
}

async function callAs(token: string, route: Route, request: Request) {
  return call(route.method, pathOf(route, request), { token, body: request.body, headers: request.headers });
}

let own: World;
let foreign: World;
const ownUsers: { roles: Roles; user: SignedIn }[] = [];
const foreignUsers: { roles: Roles; user: SignedIn }[] = [];

async function world(): Promise<World> {
  const founder = await newOrganization();
  const { enrollment } = await startEnrollment(founder);
  return { founder, enrollmentId: enrollment.enrollmentId };
}

beforeAll(async () => {
  [own, foreign] = await Promise.all([world(), world()]);
  for (const [target, users] of [
    [own, ownUsers],
    [foreign, foreignUsers],
  ] as const) {
    const created = await Promise.all(
      combos.map((roles) =>
        roles.adminRole === 'GlobalAdmin' && roles.agentRole === 'NotAnAgent'
          ? target.founder
          : seedMember(target.founder, roles),
      ),
    );
    created.forEach((user, i) => {
      users.push({ roles: combos[i]!, user });
    });
  }
}, 120_000);

describe('the permission table, enforced on every route', () => {
  it('has a fixture for every signed-in route', () => {
    expect(signedInRoutes.map((r) => r.operationId).filter((id) => !fixtures[id])).toEqual([]);
  });

  it.each(signedInRoutes.map((route) => [route.operationId, route] as const))(
    '%s: every role of the caller’s own organization',
    async (_id, route) => {
      const permission = route.permission as Permission;
      for (const { roles, user } of ownUsers) {
        const response = await callAs(user.token, route, fixtures[route.operationId]!(own));
        const label = `${route.operationId} as ${roles.agentRole}/${roles.adminRole}: ${response.status} ${response.text.slice(0, 200)}`;
        expect(response.status, label).not.toBe(401);
        if (isGranted(roles, permission)) {
          expect(response.status >= 500, label).toBe(false);
          if (response.status === 403) expect(response.body.missingPermission, label).not.toBe(permission);
        } else {
          expect(response.status, label).toBe(403);
          expect(response.body.missingPermission, label).toBe(permission);
          expect(response.body.grantedBy, label).toEqual(expect.arrayContaining([]));
        }
      }
    },
  );

  it.each(signedInRoutes.map((route) => [route.operationId, route] as const))(
    '%s: every role of a foreign organization reads and writes nothing of ours',
    async (_id, route) => {
      const permission = route.permission as Permission;
      for (const { roles, user } of foreignUsers) {
        const response = await callAs(user.token, route, fixtures[route.operationId]!(own));
        const label = `${route.operationId} as foreign ${roles.agentRole}/${roles.adminRole}: ${response.status} ${response.text.slice(0, 200)}`;
        expect(response.status >= 500, label).toBe(false);
        // `instance` only echoes the path the caller sent; everything else must hold nothing of ours
        const { instance: _echo, ...answer } =
          typeof response.body === 'object' && response.body ? response.body : { text: response.text };
        expect(JSON.stringify(answer), label).not.toContain(own.founder.organizationId);
        expect(JSON.stringify(answer), label).not.toContain(own.enrollmentId);
        if (!isGranted(roles, permission)) expect(response.status, label).toBe(403);
        else if (route.path.includes('{enrollmentId}') || route.path.includes('{userId}'))
          expect(response.status, label).toBe(404);
      }
    },
  );

  it('gives program operators the operator routes and nothing of a partner', async () => {
    const token = await operator();
    const capabilities = await call('GET', '/v1/me/capabilities', { token });
    expect(capabilities.body.roles.platformRole).toBe('ProgramOperator');
    const granted = Object.entries(capabilities.body.permissions as Record<string, { granted: boolean }>)
      .filter(([, p]) => p.granted)
      .map(([name]) => name);
    // operators hold no partner role in their own organization: only what every user may, the operator rows,
    // following platform tickets (support:converse) and the service health they report (health:read)
    const everyone = grantedPermissions({ agentRole: 'NotAnAgent', adminRole: 'NotAnAdmin' });
    expect(granted.sort()).toEqual(
      [
        ...everyone,
        'audit:read',
        'health:read',
        'operator:operations',
        'operator:reference-data',
        'operator:review',
        'support:converse',
      ].sort(),
    );
    // partner routes read the caller's own organization: a partner's enrollment is simply not there
    expect((await call('GET', `/v1/enrollments/${own.enrollmentId}`, { token })).status).toBe(404);
  });

  it('answers getMyCapabilities from the same table', async () => {
    for (const { roles, user } of ownUsers) {
      const response = await call('GET', '/v1/me/capabilities', { token: user.token });
      for (const [permission, value] of Object.entries(
        response.body.permissions as Record<string, { granted: boolean }>,
      )) {
        expect(value.granted, `${permission} for ${roles.agentRole}/${roles.adminRole}`).toBe(
          isGranted(roles, permission as Permission),
        );
      }
      const expected = routes
        .filter((r) => r.auth === 'public' || (r.permission && isGranted(roles, r.permission)))
        .map((r) => r.operationId);
      expect(response.body.operations).toEqual(expected);
    }
  });
});
