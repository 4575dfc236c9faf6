/** The protections of issue 13, each as one textual mutation that removes it, with the tests that guard it. */
export interface Mutant {
  name: string;
  file: string;
  from: string;
  to: string;
  tests: string[];
}

const it = (file: string) => `test/integration/${file}.test.ts`;

export const mutants: Mutant[] = [
  {
    name: 'permission table not enforced',
    file: 'shared/http/handler.ts',
    from: 'if (caller && route.permission) requirePermission(caller, route.permission);',
    to: 'if (caller && route.permission && Date.now() < 0) requirePermission(caller, route.permission);',
    tests: [it('permissions')],
  },
  {
    name: 'removed, unproven or password-pending members keep acting',
    file: 'shared/http/handler.ts',
    from: 'if (!mayAct(member, Number(claims.iat) || undefined))',
    to: "if (member?.status !== 'active')",
    tests: [it('users')],
  },
  {
    name: 'unproven address may act',
    file: 'shared/users/members-store.ts',
    from: "if (member?.status !== 'active' || member.emailVerified === false || member.mustChoosePassword) return false;",
    to: "if (member?.status !== 'active' || member.mustChoosePassword) return false;",
    tests: [it('identity')],
  },
  {
    name: "another organization's user is found",
    file: 'shared/users/members-store.ts',
    from: 'if (!member || member.organizationId !== organizationId)',
    to: 'if (!member)',
    tests: [it('users'), it('cross-tenant')],
  },
  {
    name: "another organization's invitation can be resent or revoked",
    file: 'shared/partners/invitations-store.ts',
    from: 'if (!record || record.fromOrganizationId !== organizationId)',
    to: 'if (!record)',
    tests: [it('cross-tenant'), it('partners')],
  },
  {
    name: 'self-promotion allowed',
    file: 'functions/users/update-partner-user-roles.ts',
    from: 'if (member.userId === caller.userId && raisesPermissions(member, body)) {',
    to: 'if (Date.now() < 0) {',
    tests: [it('users')],
  },
  {
    name: 'non-global admin creates a global admin',
    file: 'functions/users/create-partner-user.ts',
    from: "if (body.adminRole === 'GlobalAdmin' && caller.adminRole !== 'GlobalAdmin') {",
    to: 'if (Date.now() < 0) {',
    tests: [it('users')],
  },
  {
    name: 'creator sees the password of a user above it',
    file: 'shared/users/add.ts',
    from: 'const hidden = raisesPermissions(context.creator, input);',
    to: 'const hidden = raisesPermissions(context.creator, input) && Date.now() < 0;',
    tests: [it('users')],
  },
  {
    name: 'a seen password survives a raise above its viewer',
    file: 'functions/users/update-partner-user-roles.ts',
    from: 'const choosePassword = seenBy !== undefined && (!seer || raisesPermissions(seer, body));',
    to: 'const choosePassword = seenBy !== undefined && Date.now() < 0;',
    tests: [it('users')],
  },
  {
    name: 'orders without delegated admin',
    file: 'shared/customers/relationships-store.ts',
    from: 'if (!relationship.delegatedAdmin) {',
    to: 'if (Date.now() < 0) {',
    tests: [it('customers')],
  },
  {
    name: "another partner's sales are listed",
    file: 'shared/customers/subscriptions-store.ts',
    from: "...(of ? { FilterExpression: 'resellerOfRecord = :ror' } : {}),",
    to: '',
    tests: [it('sales-of-record')],
  },
  {
    name: 'a PartnerID owned by another organization passes the rule',
    file: 'shared/enrollment/partner-id.ts',
    from: 'if (owner && owner !== organization.organizationId) {',
    to: 'if (Date.now() < 0) {',
    tests: [it('partner-ids')],
  },
  {
    name: 'a PartnerID with a directory contact is linked without that contact confirming',
    file: 'functions/enrollment/link-partner-id.ts',
    from: 'if (record?.contactEmail && enrollment.partnerId !== body.partnerId) {',
    to: 'if (Date.now() < 0) {',
    tests: [it('partner-ids')],
  },
  {
    name: 'a PartnerID given at enrollment skips its directory contact',
    file: 'shared/enrollment/start.ts',
    from: 'return record?.contactEmail && owner !== organizationId ? record.contactEmail : undefined;',
    to: 'return record && owner !== organizationId && Date.now() < 0 ? record.contactEmail : undefined;',
    tests: [it('partner-ids')],
  },
  {
    name: "[round 2] an existing partner's support-only enrollment takes a PartnerID without its contact",
    file: 'shared/enrollment/start.ts',
    from: 'if (!contact) return activateExistingPartner(',
    to: 'if (!contact || Date.now() > 0) return activateExistingPartner(',
    tests: [it('partner-ids')],
  },
  {
    name: 'the PartnerID claim is not conditional',
    file: 'shared/users/organizations-store.ts',
    from: "claimedAt: clock.nowIso(),\n      },\n      ConditionExpression: 'attribute_not_exists(pk) OR organizationId = :me',",
    to: "claimedAt: clock.nowIso(),\n      },\n      ConditionExpression: 'attribute_not_exists(pk) OR attribute_exists(pk)',",
    tests: [it('partner-ids')],
  },
  {
    name: 'an invitation addressed to someone is accepted by anyone',
    file: 'shared/partners/accept.ts',
    from: "const invitedHere = addressed ? recipientOrganization === caller.organizationId : invitation.kind === 'Customer';",
    to: 'const invitedHere = Boolean(addressed || recipientOrganization || true);',
    tests: [it('customers'), it('partners')],
  },
  {
    name: 'a used email proof link works again',
    file: 'shared/identity/proofs-store.ts',
    from: 'return proof && !proof.usedAt && proof.expiresAt > clock.nowIso() ? proof : undefined;',
    to: 'return proof;',
    tests: [it('identity')],
  },
  {
    name: 'a tampered cursor is accepted',
    file: 'shared/platform/cursor.ts',
    from: '!safeEqual(mac, signature(payload))',
    to: 'Date.now() < 0',
    tests: [it('http-contract')],
  },
  {
    name: 'a page form without its CSRF token is accepted',
    file: 'shared/platform/pages/session.ts',
    from: 'return Boolean(expected && submitted && safeEqual(expected, submitted));',
    to: 'return true;',
    tests: [it('enrollment')],
  },
  {
    name: 'daily mail caps not enforced',
    file: 'shared/platform/mail-quota-store.ts',
    from: "{ ConditionExpression: 'attribute_not_exists(sent) OR sent < :cap' }",
    to: "{ ConditionExpression: 'attribute_not_exists(sent) OR sent >= :cap OR sent < :cap' }",
    tests: [it('partners')],
  },
  {
    name: 'a helpdesk agent reads the partner profile',
    file: 'functions/enrollment/get-enrollment.ts',
    from: "toEnrollmentView(record, { profile: isGranted(caller, 'profile:read') })",
    to: 'toEnrollmentView(record, { profile: true })',
    tests: [it('enrollment'), it('partner-ids')],
  },
  {
    name: 'link checks answer as fast as their path',
    file: 'shared/platform/steady.ts',
    from: 'const left = floorMs - (performance.now() - started);',
    to: 'const left = 0 * floorMs - (performance.now() - started);',
    tests: [it('links')],
  },
  {
    name: '[round 2] a direct-bill transition is accepted by any provider',
    file: 'functions/direct-bill/accept-transition.ts',
    from: 'if (!transition || transition.providerId !== caller.organizationId)',
    to: 'if (!transition)',
    tests: [it('cross-tenant')],
  },
  {
    name: '[round 2] notices are not counted on the mail caps',
    file: 'shared/platform/mail-quota-store.ts',
    from: "db.send(new UpdateCommand(counter('ORG', causedBy))),",
    to: 'Promise.resolve(),',
    tests: [it('partners')],
  },
];
